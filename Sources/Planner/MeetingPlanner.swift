import Optimization
import SeatPlanCore

/// How units are packed into rows and tables.
public enum PackingStrategy: String, Sendable, CaseIterable {
    /// The optimal line breaking (``SequencePacker/pack(_:keepWhole:)``). The default.
    case optimal
    /// Units one after another with no empty seats: the plain greedy fill, kept as the baseline
    /// the benchmarks compare against.
    case greedy
}

/// Plans a whole meeting: the rostrum by protocol with GLPK, the hall by unit, or the banquet
/// tables, and reports everyone it could not seat with the reason.
///
/// The planner does not check its own plan: its ``SeatPlan/quality`` holds what the solver
/// knows (status, objective, bound, gap, the unit splits it made, the time it took) and no
/// protocol violations. `PlanningPipeline` checks the plan with the independent checker and
/// stamps the violations and unit splits the checker counts.
public struct MeetingPlanner: Sendable {
    /// The venue.
    public let venue: Venue
    /// The rules (protocol and planning settings).
    public let rules: PlanningRules
    /// Optimal packing, or the greedy baseline.
    public let strategy: PackingStrategy

    /// Creates a planner for a venue.
    public init(venue: Venue, rules: PlanningRules = PlanningRules(), strategy: PackingStrategy = .optimal) {
        self.venue = venue
        self.rules = rules
        self.strategy = strategy
    }

    /// Seats the roster.
    ///
    /// - Throws: ``PlanningError`` when the rules cannot be applied to this venue and roster
    ///   (pins on missing seats, keep-together groups across units, unknown attendees).
    public func plan(_ roster: Roster, meeting: String? = nil, options: SolveOptions = SolveOptions()) throws
        -> SeatPlan
    {
        let clock = ContinuousClock()
        let start = clock.now
        let area = try seat(roster, options: options)
        let gap = area.status == .optimal ? 0 : abs(area.objective - area.bound) / max(1, abs(area.objective))
        let quality = PlanQuality(
            status: area.status, objective: area.objective, bound: area.bound, gap: gap, protocolViolations: 0,
            unitSplits: area.splits, solveMilliseconds: (clock.now - start).wholeMilliseconds)
        var plan = SeatPlan(
            venue: venue.name, convention: rules.protocolRules.convention.rawValue, meeting: meeting,
            assignments: PlanOrder.sorted(area.placed.map(Self.assignment)), unseated: area.unseated, quality: quality)
        plan.notes = area.notes.isEmpty ? nil : area.notes
        return plan
    }

    /// Everyone seated or listed as unseated: the rostrum, then the hall or the tables.
    private func seat(_ roster: Roster, options: SolveOptions) throws -> AreaPlan {
        let pinnedSeats = try PlanningInputCheck(venue: venue, roster: roster, rules: rules).validate()
        var area = AreaPlan()
        let hasHall = venue.seats.contains { $0.area == .hall }
        let hasTables = venue.seats.contains { $0.area == .banquet }
        // Role rostrum sits on the rostrum, except in a banquet room without one (G7).
        let rostrumGoesToTables = venue.rostrum == nil && hasTables && !hasHall
        let onRostrum = roster.attendees.filter { $0.role == .rostrum && !rostrumGoesToTables }
        let others = roster.attendees.filter { $0.role != .rostrum || rostrumGoesToTables }

        if let rostrum = venue.rostrum {
            let leaders = UnitOrder(ordering: .official, roster: roster).people(onRostrum)
            area.absorb(
                try RostrumPlanner(rostrum: rostrum, rules: rules.protocolRules).plan(
                    leaders, pins: rules.pins, options: options))
        } else {
            area.unseated += onRostrum.map {
                UnseatedAttendee(attendee: $0.id, reason: "venue '\(venue.name)' has no rostrum")
            }
        }
        if hasHall {
            area.absorb(
                try HallPlanner(venue: venue, roster: roster, rules: rules, strategy: strategy).plan(
                    others, pinned: pinnedSeats))
        } else if let tables = venue.tables, hasTables {
            let tableSeats = venue.seats.filter { $0.area == .banquet }
            area.absorb(
                BanquetPlanner(layout: tables, seats: tableSeats, roster: roster, rules: rules, strategy: strategy)
                    .plan(others, pinned: pinnedSeats))
        } else {
            area.unseated += others.map {
                UnseatedAttendee(
                    attendee: $0.id, reason: "venue '\(venue.name)' has no hall or tables for role \($0.role.rawValue)")
            }
        }
        return area
    }

    /// A placed attendee as a plan records them.
    static func assignment(_ placed: PlacedAttendee) -> SeatAssignment {
        let person = placed.attendee
        switch placed.seat {
        case .rostrum(let slot):
            return SeatAssignment(
                attendee: person.id, name: person.name, unit: person.unit, precedence: person.precedence,
                seat: slot.id, label: slot.label, area: .rostrum, floor: nil, row: slot.row,
                number: String(slot.rankInRow), table: nil, x: slot.x, y: slot.y,
                title: person.title.isEmpty ? nil : person.title, role: person.role, unitOrder: person.unitOrder,
                tags: person.tags.isEmpty ? nil : person.tags)
        case .venue(let seat):
            return SeatAssignment(
                attendee: person.id, name: person.name, unit: person.unit, precedence: person.precedence,
                seat: seat.id, label: seat.label, area: seat.area, floor: seat.floor, row: seat.row,
                number: seat.number, table: seat.table, x: seat.x, y: seat.y,
                title: person.title.isEmpty ? nil : person.title, role: person.role, unitOrder: person.unitOrder,
                tags: person.tags.isEmpty ? nil : person.tags)
        }
    }
}
