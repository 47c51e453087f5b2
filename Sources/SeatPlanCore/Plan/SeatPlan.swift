/// A seat plan: who sits where, who could not be seated and why, and how good the plan is.
///
/// Encoded as PLAN.json (schema `seatplan.plan/1`), which outside tools read: fields may be
/// added, the documented ones never renamed.
public struct SeatPlan: Sendable, Equatable, Codable {
    /// The schema tag written into every plan file.
    public static let schemaTag = "seatplan.plan/1"

    /// Always ``schemaTag``.
    public var schema: String = SeatPlan.schemaTag
    /// The venue's name.
    public var venue: String
    /// The protocol convention used (`cn` or `intl`).
    public var convention: String
    /// The meeting's title, when known.
    public var meeting: String?
    /// Everyone who has a seat.
    public var assignments: [SeatAssignment]
    /// Everyone who has none, each with the reason.
    public var unseated: [UnseatedAttendee]
    /// Solver status and protocol quality of the plan.
    public var quality: PlanQuality
    /// What the planner wants the planner (the person) to know: rules it could not keep, pins used.
    public var notes: [String]?
    /// For a re-planned plan (`seatplan reseat`): what changed and the standing late-change facts.
    public var changes: PlanChanges?

    /// The PLAN.json keys.
    enum CodingKeys: String, CodingKey {
        case schema, venue, convention, meeting, assignments, unseated, quality, notes, changes
    }

    /// Creates a plan.
    public init(
        venue: String, convention: String, meeting: String? = nil,
        assignments: [SeatAssignment], unseated: [UnseatedAttendee], quality: PlanQuality
    ) {
        self.venue = venue
        self.convention = convention
        self.meeting = meeting
        self.assignments = assignments
        self.unseated = unseated
        self.quality = quality
    }
}

/// Where a seat is.
public enum SeatArea: String, Sendable, Codable, CaseIterable {
    case rostrum, hall, banquet
}

/// Someone the planner could not seat, and why.
public struct UnseatedAttendee: Sendable, Equatable, Codable {
    /// The attendee's roster id.
    public var attendee: String
    /// Why no seat was given, in words a planner can act on.
    public var reason: String

    /// Creates an entry.
    public init(attendee: String, reason: String) {
        self.attendee = attendee
        self.reason = reason
    }
}

/// How good a plan is and how sure the solver is of it.
public struct PlanQuality: Sendable, Equatable, Codable {
    /// Whether the plan is proven optimal, only feasible, or partly infeasible.
    public var status: PlanStatus
    /// The objective value of the plan.
    public var objective: Double
    /// The best proven bound on the objective.
    public var bound: Double
    /// The relative gap between objective and bound (0 when optimal).
    public var gap: Double
    /// Protocol rules broken by the plan (0 for a correct plan).
    public var protocolViolations: Int
    /// Units whose members do not sit in one contiguous block.
    public var unitSplits: Int
    /// Time spent planning, in milliseconds.
    public var solveMilliseconds: Int

    /// Creates a quality record.
    public init(
        status: PlanStatus, objective: Double, bound: Double, gap: Double,
        protocolViolations: Int, unitSplits: Int, solveMilliseconds: Int
    ) {
        self.status = status
        self.objective = objective
        self.bound = bound
        self.gap = gap
        self.protocolViolations = protocolViolations
        self.unitSplits = unitSplits
        self.solveMilliseconds = solveMilliseconds
    }

    enum CodingKeys: String, CodingKey {
        case status, objective, bound, gap
        case protocolViolations = "protocol_violations"
        case unitSplits = "unit_splits"
        case solveMilliseconds = "solve_ms"
    }
}
