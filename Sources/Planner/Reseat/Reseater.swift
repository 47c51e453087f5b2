import Optimization
import SeatPlanCore

/// Re-plans a seated meeting after late changes (docs/protocol.md §6) with the fewest moves, and
/// says who moves where, who is newly seated, who lost their seat and which cards to reprint.
///
/// ```swift
/// let changes = try ChangesFile.read(contentsOf: changesURL)
/// let replan = try Reseater(venue: venue, rules: rules).reseat(plan, changes: changes)
/// for move in replan.recordedChanges().moved { print(move.name, move.fromLabel, "→", move.toLabel) }
/// ```
///
/// A re-plan goes in named steps: ``prepare(_:changes:roster:)`` checks the changes and applies
/// them over the standing facts of earlier re-plans; ``reseat(_:options:)`` then re-seats the
/// rostrum, re-seats the hall (or plans the tables afresh), lists who is left without a seat
/// and assembles the new plan. The re-planner never runs the checker: `PlanningPipeline`
/// checks the new plan and records the change log and quality.
///
/// The old plan is a value and is never modified. The policies come from
/// ``PlanningRules/lateChanges``; blocked seats and pins from earlier re-plans of the same plan
/// stay in force.
public struct Reseater: Sendable {
    /// The venue the plan was made for.
    public let venue: Venue
    /// The rules the plan was made with, including the late-change policies.
    public let rules: PlanningRules

    /// Creates a re-planner.
    public init(venue: Venue, rules: PlanningRules = PlanningRules()) {
        self.venue = venue
        self.rules = rules
    }

    /// Re-plans `plan` after `changes`: ``prepare(_:changes:roster:)`` then ``reseat(_:options:)``.
    ///
    /// - Throws: ``ChangeSetError`` when any change is wrong (nothing is applied), or
    ///   ``PlanningError`` when the plan does not fit the venue or the new roster cannot be
    ///   planned at all.
    public func reseat(
        _ plan: SeatPlan, changes operations: [ChangeOperation], roster: Roster? = nil,
        options: SolveOptions = SolveOptions()
    ) throws -> Replan {
        try reseat(prepare(plan, changes: operations, roster: roster), options: options)
    }

    /// Step 1: checks that the plan fits the venue and the changes against the plan, and
    /// applies them over the blocked seats and pins earlier re-plans left in force.
    ///
    /// - Parameters:
    ///   - roster: the meeting's roster when at hand; otherwise the people are rebuilt from the plan.
    /// - Throws: ``ChangeSetError`` when any change is wrong (nothing is applied), or
    ///   ``PlanningError`` when the plan names seats the venue lacks.
    public func prepare(_ plan: SeatPlan, changes operations: [ChangeOperation], roster: Roster? = nil) throws
        -> PreparedReseat
    {
        try PlanFit.check(plan, venue: venue)
        let standing = plan.changes
        let standingRules = rules.addingPins(standing?.pins ?? [:])
        let changeSet = try ChangeSet(
            operations, plan: plan, venue: venue.blocking(standing?.blocked ?? []),
            roster: roster ?? Roster(attendees: [], source: "PLAN", encoding: .utf8), rulePins: standingRules.pins)
        return PreparedReseat(plan: plan, changeSet: changeSet, standingRules: standingRules, venue: venue)
    }

    /// Steps 2 to 5: re-seats the rostrum, then the hall (or plans the tables afresh), lists
    /// who is left without a seat and assembles the new plan with its standing facts.
    ///
    /// - Throws: ``PlanningError`` when the new roster cannot be planned at all.
    public func reseat(_ request: PreparedReseat, options: SolveOptions = SolveOptions()) throws -> Replan {
        var draft = ReseatDraft(exempt: request.standingExempt)
        try reseatRostrum(request, into: &draft, options: options)
        if request.venue.hall != nil {
            reseatHall(request, into: &draft)
        } else {
            try replanTables(request, into: &draft, options: options)
        }
        Self.listUnseated(request, into: &draft)
        return assemble(request, draft)
    }

    /// Step 2: the leaders keep their chairs when neither they, their ranks nor their pins
    /// changed; otherwise the rostrum is re-seated by the absence policy.
    private func reseatRostrum(_ request: PreparedReseat, into draft: inout ReseatDraft, options: SolveOptions) throws {
        let leaders = request.roster.attendees.filter { $0.role == .rostrum }
        guard let rostrum = request.venue.rostrum else {
            draft.unseated += leaders.map {
                UnseatedAttendee(attendee: $0.id, reason: "venue '\(venue.name)' has no rostrum")
            }
            return
        }
        let oldLeaders = request.plan.assignments.filter { $0.area == .rostrum }
        if rostrumIsUnchanged(leaders, oldLeaders: oldLeaders, request: request) {
            draft.placed += leaders.compactMap { leader in request.before[leader.id].map { $0.refreshed(for: leader) } }
        } else {
            let area = try RostrumReseat(rostrum: rostrum, rules: request.rules)
                .reseat(leaders, before: oldLeaders, roster: request.roster, options: options)
            draft.placed += area.placed.map(MeetingPlanner.assignment)
            draft.unseated += area.unseated
        }
    }

    /// Whether the same leaders, with the same ranks and pins, sit on the rostrum.
    private func rostrumIsUnchanged(_ leaders: [Attendee], oldLeaders: [SeatAssignment], request: PreparedReseat)
        -> Bool
    {
        let ids = Set(leaders.map(\.id))
        return Set(oldLeaders.map(\.attendee)) == ids
            && leaders.allSatisfy { request.before[$0.id]?.precedence == $0.precedence }
            && request.rules.pins.filter { ids.contains($0.key) } == rules.pins.filter { ids.contains($0.key) }
    }

    /// Step 3 in a hall: everyone keeps their seat unless a change takes it away; substitutes
    /// take over the absent person's seat.
    private func reseatHall(_ request: PreparedReseat, into draft: inout ReseatDraft) {
        let others = request.roster.attendees.filter { $0.role != .rostrum || request.venue.rostrum == nil }
        var current: [String: String] = [:]
        for person in others { if let seat = request.before[person.id]?.seat { current[person.id] = seat } }
        for (substitute, seat) in request.changeSet.substituteSeats {
            current[substitute] = seat
            draft.exempt.insert(substitute)
        }
        let outcome = HallReseat(venue: request.venue, roster: request.roster, rules: request.rules)
            .reseat(others.filter { $0.role != .rostrum }, current: current, exempt: draft.exempt)
        draft.placed += Self.hallAssignments(others, seatOf: outcome.seatOf, request: request)
        draft.exempt = outcome.exempt.filter { id in outcome.seatOf[id] != nil }
        if rules.lateChanges.auditoriumAbsence == .leaveEmpty || rules.lateChanges.frozen {
            draft.vacated = Self.vacatedSeats(request, now: outcome.seatOf)
        }
        draft.unseated += outcome.unseated
        draft.notes += outcome.notes
    }

    /// The hall's new assignments. Most people keep their seat: their assignment is reused, and
    /// seats are looked up only for the rest.
    private static func hallAssignments(_ people: [Attendee], seatOf: [String: String], request: PreparedReseat)
        -> [SeatAssignment]
    {
        people.compactMap { person in
            guard let seatID = seatOf[person.id] else { return nil }
            if let old = request.before[person.id], old.seat == seatID { return old.refreshed(for: person) }
            guard let seat = request.venue.seat(id: seatID) else { return nil }
            return MeetingPlanner.assignment(PlacedAttendee(attendee: person, seat: .venue(seat)))
        }
    }

    /// Step 3 at banquet tables: the tables are planned afresh; the moves are counted all the same.
    private func replanTables(_ request: PreparedReseat, into draft: inout ReseatDraft, options: SolveOptions) throws {
        let fresh = try MeetingPlanner(venue: request.venue, rules: request.rules)
            .plan(request.roster, meeting: request.plan.meeting, options: options)
        draft.placed += fresh.assignments.filter { $0.area != .rostrum }
        let listed = draft
        draft.unseated += fresh.unseated.filter { entry in
            !listed.placed.contains { $0.attendee == entry.attendee }
                && !listed.unseated.contains { $0.attendee == entry.attendee }
        }
        draft.notes.append("banquet tables are planned afresh after late changes")
    }

    /// Step 4: everyone present whom no step seated or listed, with the old plan's reason if
    /// it gave one.
    private static func listUnseated(_ request: PreparedReseat, into draft: inout ReseatDraft) {
        let seatedIDs = Set(draft.placed.map(\.attendee))
        let listed = Set(draft.unseated.map(\.attendee))
        for person in request.roster.attendees where !seatedIDs.contains(person.id) && !listed.contains(person.id) {
            let reason =
                request.plan.unseated.first { $0.attendee == person.id }?.reason
                ?? "no seat is left for role \(person.role.rawValue)"
            draft.unseated.append(UnseatedAttendee(attendee: person.id, reason: reason))
        }
    }

    /// Step 5: the new plan with the standing facts the checker reads (policy, vacated and
    /// blocked seats, late pins, exempt people); its change log is recorded from the result.
    private func assemble(_ request: PreparedReseat, _ draft: ReseatDraft) -> Replan {
        let old = request.plan
        var new = SeatPlan(
            venue: old.venue, convention: old.convention, meeting: old.meeting,
            assignments: PlanOrder.sorted(draft.placed), unseated: draft.unseated, quality: old.quality)
        new.notes = draft.notes.isEmpty ? nil : draft.notes
        // The standing facts the checker reads; the change log is recorded after the check.
        new.changes = PlanChanges(
            policy: rules.lateChanges, vacated: draft.vacated, blocked: request.blocked.sorted(),
            pins: request.rules.pins.filter { rules.pins[$0.key] != $0.value }, exempt: draft.exempt.sorted())
        return Replan(plan: new, request: request, bound: MoveLowerBound(venue: venue, rules: request.rules))
    }

    /// Hall seats left empty by people who are gone or moved away, with their unit, and those
    /// left empty by earlier re-plans that are still empty (`leave_empty`).
    private static func vacatedSeats(_ request: PreparedReseat, now seatOf: [String: String]) -> [String: String] {
        let taken = Set(seatOf.values)
        let blocked = request.blocked
        var vacated = (request.standing?.vacated ?? [:]).filter { !taken.contains($0.key) && !blocked.contains($0.key) }
        for old in request.plan.assignments
        where old.area == .hall && !taken.contains(old.seat) && !blocked.contains(old.seat) {
            vacated[old.seat] = old.unit
        }
        return vacated
    }
}

/// What the re-plan's steps have decided so far.
struct ReseatDraft {
    var placed: [SeatAssignment] = []
    var unseated: [UnseatedAttendee] = []
    var notes: [String] = []
    /// People exempt from the order rules (substitutes in place, late arrivals off their unit).
    var exempt: Set<String>
    /// Hall seats left empty on purpose, with the unit they belonged to.
    var vacated: [String: String] = [:]
}
