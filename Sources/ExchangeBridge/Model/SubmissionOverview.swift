import Foundation

/// Where one unit stands against the submission deadline.
public enum SubmissionState: String, Sendable, Equatable, CaseIterable {
    /// A readable roster is stored, first received by the deadline (or no deadline was given).
    case submitted
    /// A readable roster is stored, but the first one arrived after the deadline.
    case late
    /// No readable roster yet, and the deadline has not passed (or none was given).
    case outstanding
    /// No readable roster, and the deadline has passed.
    case missing
}

/// One unit's line in `store status`.
public struct UnitSubmissionStatus: Sendable, Equatable {
    /// The unit.
    public var unit: MeetingUnit
    /// Where the unit stands.
    public var state: SubmissionState
    /// The unit's current roster (the latest readable submission), if any.
    public var current: RosterSubmission?
    /// The unit's newest submission of any status (it may be a file that could not be read).
    public var latest: RosterSubmission?
    /// When the unit's first readable roster arrived (what lateness is judged by).
    public var firstSubmittedAt: Date?
    /// How many files the unit has sent in all.
    public var submissionCount: Int

    /// Whether the unit has a current roster.
    public var hasSubmitted: Bool { current != nil }

    /// Every stored property, as given (the memberwise initializer, for the package's backends).
    package init(
        unit: MeetingUnit, state: SubmissionState, current: RosterSubmission?, latest: RosterSubmission?,
        firstSubmittedAt: Date?, submissionCount: Int
    ) {
        self.unit = unit
        self.state = state
        self.current = current
        self.latest = latest
        self.firstSubmittedAt = firstSubmittedAt
        self.submissionCount = submissionCount
    }
}

/// Completeness of a meeting's roster intake: per unit and in total (`seatplan store status`).
public struct SubmissionOverview: Sendable, Equatable {
    /// The meeting.
    public var meeting: Meeting
    /// The deadline judged against, if any.
    public var deadline: Date?
    /// When the overview was taken.
    public var asOf: Date
    /// Every unit in official order.
    public var units: [UnitSubmissionStatus]

    /// Units with a current roster.
    public var submittedCount: Int { units.count(where: \.hasSubmitted) }
    /// Units whose first roster arrived after the deadline.
    public var late: [UnitSubmissionStatus] { units.filter { $0.state == .late } }
    /// Units without a roster after the deadline.
    public var missing: [UnitSubmissionStatus] { units.filter { $0.state == .missing } }
    /// Units without a roster (missing or outstanding).
    public var notSubmitted: [UnitSubmissionStatus] { units.filter { !$0.hasSubmitted } }
    /// Rows accepted in the current rosters.
    public var acceptedRows: Int { units.reduce(0) { $0 + ($1.current?.acceptedCount ?? 0) } }
    /// Rows rejected in the current rosters.
    public var rejectedRows: Int { units.reduce(0) { $0 + ($1.current?.rejectedCount ?? 0) } }

    /// Every stored property, as given (the memberwise initializer, for the package's backends).
    package init(meeting: Meeting, deadline: Date?, asOf: Date, units: [UnitSubmissionStatus]) {
        self.meeting = meeting
        self.deadline = deadline
        self.asOf = asOf
        self.units = units
    }
}

extension SubmissionOverview {
    /// Each unit's standing against `deadline` as of `asOf`, from the meeting's units (in
    /// official order) and its submissions (by unit, oldest first): the one rule both backends use.
    package static func of(
        meeting: Meeting, units: [MeetingUnit], submissions: [RosterSubmission], deadline: Date?, asOf: Date
    ) -> SubmissionOverview {
        let byUnit = Dictionary(grouping: submissions, by: \.unitID)
        let statuses = units.map { unit in
            let own = byUnit[unit.id] ?? []
            let current = own.last(where: \.isCurrent)
            let firstSubmittedAt = own.first(where: { $0.status == .parsed })?.receivedAt
            let state: SubmissionState
            switch (current, deadline) {
            case (.some, .some(let deadline)): state = (firstSubmittedAt ?? asOf) > deadline ? .late : .submitted
            case (.some, .none): state = .submitted
            case (.none, .some(let deadline)): state = asOf > deadline ? .missing : .outstanding
            case (.none, .none): state = .outstanding
            }
            return UnitSubmissionStatus(
                unit: unit, state: state, current: current, latest: own.last, firstSubmittedAt: firstSubmittedAt,
                submissionCount: own.count)
        }
        return SubmissionOverview(meeting: meeting, deadline: deadline, asOf: asOf, units: statuses)
    }
}
