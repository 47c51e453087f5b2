import SeatPlanCore

/// The least weighted cost any protocol-correct re-plan must pay: rostrum moves (the §1
/// arrangement of the new rostrum is unique) and everyone whose seat the changes take away.
/// A re-packing's optimum is not added: it is exact among block layouts only, and a plan
/// outside them (a shifted block around an absentee's empty seat) may move fewer people.
struct MoveLowerBound: Sendable {
    /// The venue the plan was made for (the floors each role's zones reach).
    let venue: Venue
    /// The rules with every late pin in force.
    let rules: PlanningRules

    /// The bound for the re-plan whose assignments `newSeat` indexes.
    func value(plan: SeatPlan, new newSeat: AssignmentIndex, changeSet: ChangeSet, log: PlanChangeLog) -> Double {
        let rostrumMoves = log.moved.filter { newSeat[$0.attendee]?.area == .rostrum || RostrumChairID($0.from) != nil }
            .count
        let pinnedSeats = Dictionary(rules.pins.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        var floors = RoleFloors(venue: venue, rules: rules)
        var forced = 0.0
        for old in plan.assignments where old.area != .rostrum {
            guard let now = newSeat[old.attendee], now.area != .rostrum, now.seat != old.seat else { continue }
            let lostSeat =
                changeSet.blockedSeats.contains(old.seat)
                || (pinnedSeats[old.seat].map { $0 != old.attendee } ?? false)
                || rules.pins[old.attendee].map { $0 != old.seat } ?? false
                || changeSet.roleChanges[old.attendee] != nil
            guard lostSeat else { continue }
            // A pinned person's new seat is fixed, and so is the weight of their move.
            if rules.pins[old.attendee] == now.seat {
                forced += PlanChangeLog.weight(from: old, to: now)
                continue
            }
            // A forced move to a role whose zones have no seat on the person's floor changes floors.
            let role = now.role ?? .member
            forced += old.floor.map { floors.floors(for: role).contains($0) } ?? true ? 1 : PlanChangeLog.floorWeight
        }
        return Double(rostrumMoves) * PlanChangeLog.rostrumWeight + forced
    }
}

/// The hall floors each role's zones reach, worked out once per role.
private struct RoleFloors {
    let venue: Venue
    let rules: PlanningRules
    private var known: [Role: Set<Int>] = [:]

    init(venue: Venue, rules: PlanningRules) {
        self.venue = venue
        self.rules = rules
    }

    mutating func floors(for role: Role) -> Set<Int> {
        if let floors = known[role] { return floors }
        let zones = rules.zones(for: role, in: venue)
        let floors = Set(
            venue.seats.filter { seat in
                seat.area == .hall && (zones.map { zones in zones.contains { seat.isIn(zone: $0) } } ?? true)
            }.compactMap(\.floor))
        known[role] = floors
        return floors
    }
}
