import SeatPlanCore

/// What the checker knows before it sees a plan: the roster by id and in line order, the unit
/// order, the rostrum rows and the hall's geometry. Built once per venue and roster (it can be
/// built ahead, while a plan is being made: see ``PlanChecker/indexed()``) and shared, not copied.
final class CheckBasis: Sendable {
    /// Roster attendees by id (the first of a repeated id).
    let attendees: [String: Attendee]
    /// Roster line order by id, for person order.
    let line: [String: Int]
    /// The unit order.
    let unitKey: UnitKey
    /// Rostrum rows by number.
    let rostrumRows: [Int: RostrumRow]
    /// The front rostrum row's number.
    let frontRow: Int?
    /// Who sits next to whom in the hall (seat availability plays no part in it).
    let geometry: HallGeometry

    init(venue: Venue, roster: Roster, rules: PlanningRules) {
        let (people, geometry) = inParallel({ Self.index(roster, ordering: rules.unitOrder) }, { HallGeometry(venue: venue) })
        (attendees, line, unitKey) = people
        self.geometry = geometry
        rostrumRows = Dictionary((venue.rostrum?.rows ?? []).map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        frontRow = venue.rostrum?.rows.map(\.number).min()
    }

    private static func index(_ roster: Roster, ordering: UnitOrdering) -> ([String: Attendee], [String: Int], UnitKey) {
        var attendees: [String: Attendee] = [:]
        var line: [String: Int] = [:]
        attendees.reserveCapacity(roster.attendees.count)
        line.reserveCapacity(roster.attendees.count)
        for (index, attendee) in roster.attendees.enumerated() where attendees[attendee.id] == nil {
            attendees[attendee.id] = attendee
            line[attendee.id] = index
        }
        return (attendees, line, UnitKey(roster: roster, ordering: ordering))
    }
}
