import Optimization
import SeatPlanCore

/// Plans a whole meeting: today the rostrum; the auditorium and banquet planners join here.
public struct MeetingPlanner: Sendable {
    /// The venue.
    public let venue: Venue
    /// The protocol settings.
    public let rules: ProtocolRules

    /// Creates a planner for a venue.
    public init(venue: Venue, rules: ProtocolRules = ProtocolRules()) {
        self.venue = venue
        self.rules = rules
    }

    /// Seats the roster and reports who could not be seated and why.
    public func plan(_ roster: Roster, meeting: String? = nil, options: SolveOptions = SolveOptions()) throws -> SeatPlan {
        let clock = ContinuousClock()
        let start = clock.now
        var assignments: [SeatAssignment] = []
        var unseated: [UnseatedAttendee] = []
        var quality = PlanQuality(
            status: "optimal", objective: 0, bound: 0, gap: 0, protocolViolations: 0, unitSplits: 0, solveMilliseconds: 0)

        let leaders = roster.attendees(withRole: .rostrum)
        if let rostrum = venue.rostrum {
            let rostrumPlan = try RostrumPlanner(rostrum: rostrum, rules: rules).plan(leaders, options: options)
            assignments += rostrumPlan.seats.map { Self.assignment($0.attendee, $0.slot) }
            unseated += rostrumPlan.unseated
            quality.status = Self.planStatus(rostrumPlan.solve.status)
            quality.objective = rostrumPlan.solve.objective ?? 0
            quality.bound = rostrumPlan.solve.bound ?? 0
            quality.gap = rostrumPlan.solve.gap ?? 0
        } else {
            unseated += leaders.map { UnseatedAttendee(attendee: $0.id, reason: "venue '\(venue.name)' has no rostrum") }
        }
        for attendee in roster.attendees where attendee.role != .rostrum {
            unseated.append(UnseatedAttendee(
                attendee: attendee.id, reason: "venue '\(venue.name)' has no seats for role \(attendee.role.rawValue)"))
        }

        var plan = SeatPlan(
            venue: venue.name, convention: rules.convention.rawValue, meeting: meeting,
            assignments: assignments, unseated: unseated, quality: quality)
        if let rostrum = venue.rostrum {
            plan.quality.protocolViolations = RostrumCheck.violations(in: plan, rostrum: rostrum, rules: rules).count
        }
        let elapsed = (clock.now - start).components
        plan.quality.solveMilliseconds = Int(elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000)
        return plan
    }

    static func assignment(_ attendee: Attendee, _ slot: RostrumSlot) -> SeatAssignment {
        SeatAssignment(
            attendee: attendee.id, name: attendee.name, unit: attendee.unit, precedence: attendee.precedence,
            seat: slot.id, label: slot.label, area: .rostrum, floor: nil, row: slot.row,
            number: String(slot.rankInRow), table: nil, x: slot.x, y: slot.y)
    }

    /// The PLAN.json status word for a solver status.
    static func planStatus(_ status: SolveStatus) -> String {
        switch status {
        case .optimal: "optimal"
        case .feasible: "feasible"
        case .infeasible, .unbounded, .timeLimit, .cancelled: "infeasible"
        }
    }
}
