import SeatPlanCore

/// The roster by id and in line order, and the unit order: what every check against one roster
/// shares. Built once (it can be built ahead, while a plan is being made: see
/// ``PlanChecker/prepared()``) and shared, not copied.
final class RosterIndex: Sendable {
    /// Roster attendees by id (the first of a repeated id).
    let attendees: [String: Attendee]
    /// Roster line order by id, for person order.
    let line: [String: Int]
    /// The unit order.
    let unitKey: UnitKey
    /// Attendee id → their unit's place in the unit order (unit names are Chinese, and hashing
    /// them on every lookup is slow).
    let unitRank: [String: Int]

    init(_ roster: Roster, ordering: UnitOrdering) {
        var attendees: [String: Attendee] = [:]
        var line: [String: Int] = [:]
        attendees.reserveCapacity(roster.attendees.count)
        line.reserveCapacity(roster.attendees.count)
        for (index, attendee) in roster.attendees.enumerated() where attendees[attendee.id] == nil {
            attendees[attendee.id] = attendee
            line[attendee.id] = index
        }
        self.attendees = attendees
        self.line = line
        let unitKey = UnitKey(roster: roster, ordering: ordering)
        self.unitKey = unitKey
        // Rosters list a unit's people together: look each unit up once per run.
        var unitRank: [String: Int] = [:]
        unitRank.reserveCapacity(roster.attendees.count)
        var last: (unit: String, rank: Int)?
        for attendee in roster.attendees where unitRank[attendee.id] == nil {
            let rank = last.flatMap { $0.unit == attendee.unit ? $0.rank : nil } ?? unitKey.rank(of: attendee.unit)
            last = (attendee.unit, rank)
            unitRank[attendee.id] = rank
        }
        self.unitRank = unitRank
    }
}
