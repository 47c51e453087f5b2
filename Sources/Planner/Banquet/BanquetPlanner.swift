import SeatPlanCore

/// Seats a banquet (docs/protocol.md §3; docs/planning-rules.md "Banquet"): hosts on the host and
/// second-host seats of the tables in precedence order (B3.1), delegations in order packed into
/// the tables by ``SequencePacker`` so that a delegation shares a table where it fits, and at
/// each table the guests by precedence in B3.2 order (or B3.3/B3.4).
struct BanquetPlanner {
    let layout: TableLayout
    let seats: [Seat]
    let roster: Roster
    let rules: PlanningRules
    let strategy: PackingStrategy

    /// Who holds the host and second-host seats: table index (in table order) → person.
    struct TableHosts {
        var host: [Int: Attendee] = [:]
        var secondHost: [Int: Attendee] = [:]
    }

    /// Seats everyone: pinned people on their seats, then hosts, then the delegations.
    func plan(_ attendees: [Attendee], pinned: [String: Seat]) -> AreaPlan {
        var area = AreaPlan()
        let order = UnitOrder(ordering: rules.unitOrder, roster: roster)
        let takenSeats = Set(pinned.values.map(\.id))
        for attendee in attendees {
            if let seat = pinned[attendee.id] {
                area.placed.append(PlacedAttendee(attendee: attendee, seat: .venue(seat)))
            }
        }
        let free = order.people(attendees.filter { pinned[$0.id] == nil })
        let tables = TablePrecedence.orderedTables(layout)
        let byTable = Dictionary(grouping: seats, by: { $0.table ?? "" })
        let seatings = tables.compactMap { TablePrecedence.seating(byTable[$0.name] ?? [], rules: rules.protocolRules) }
        let hosts = seatHosts(free.filter { $0.hasTag(.host) }, seatings: seatings, taken: takenSeats, into: &area)
        let placedHosts = Set(hosts.host.values.map(\.id)).union(hosts.secondHost.values.map(\.id))
        let guestSeats = Self.guestSeats(seatings, hosts: hosts, taken: takenSeats)
        let guests = free.filter { !placedHosts.contains($0.id) }
        seatGuests(guests, at: guestSeats, order: order, into: &area)
        return area
    }

    /// Hosts, in person order: the host seats of the tables in table order, then the
    /// second-host seats (B1), skipping pinned seats.
    private func seatHosts(_ hosts: [Attendee], seatings: [TableSeating], taken: Set<String>, into area: inout AreaPlan)
        -> TableHosts
    {
        var hosts = hosts
        var placed = TableHosts()
        for (index, seating) in seatings.enumerated() where !hosts.isEmpty && !taken.contains(seating.host.id) {
            let host = hosts.removeFirst()
            placed.host[index] = host
            area.placed.append(PlacedAttendee(attendee: host, seat: .venue(seating.host)))
        }
        for (index, seating) in seatings.enumerated() where !hosts.isEmpty {
            guard let second = seating.secondHost, !taken.contains(second.id) else { continue }
            let host = hosts.removeFirst()
            placed.secondHost[index] = host
            area.placed.append(PlacedAttendee(attendee: host, seat: .venue(second)))
        }
        return placed
    }

    /// Each table's remaining seats in the order guests take them (B3): with no host, the host
    /// seat first; with a host but no second host, the guest seats then the second-host seat.
    private static func guestSeats(_ seatings: [TableSeating], hosts: TableHosts, taken: Set<String>) -> [[Seat]] {
        seatings.enumerated().map { index, seating in
            let ordered: [Seat]
            switch (hosts.host[index] != nil, hosts.secondHost[index] != nil) {
            case (false, _): ordered = seating.ordered
            case (true, false): ordered = seating.guests + (seating.secondHost.map { [$0] } ?? [])
            case (true, true): ordered = seating.guests
            }
            return ordered.filter { !taken.contains($0.id) }
        }
    }

    /// Delegations by delegation key (the unit's most senior precedence, then unit order),
    /// packed into the tables by ``SequencePacker``; those beyond the free seats are unseated.
    private func seatGuests(_ guests: [Attendee], at guestSeats: [[Seat]], order: UnitOrder, into area: inout AreaPlan)
    {
        var delegations = order.units(guests).sorted { lhs, rhs in
            let left = lhs.first?.precedence ?? 0
            let right = rhs.first?.precedence ?? 0
            if left != right { return left < right }
            guard let a = lhs.first, let b = rhs.first else { return false }
            return order.unitPrecedes(a.unit, a.unitOrder, b.unit, b.unitOrder)
        }
        let capacity = guestSeats.reduce(0) { $0 + $1.count }
        if guests.count > capacity {
            area.unseated += Overflow.trim(
                &delegations, toSeats: capacity,
                reason:
                    "\(guests.count) guests but the tables have \(capacity) free seats; the last "
                    + "\(guests.count - capacity) by precedence are left without a seat"
            )
        }
        let packer = SequencePacker(segmentLengths: guestSeats.map(\.count))
        let sizes = delegations.map(\.count)
        guard let packing = strategy == .greedy ? packer.greedy(sizes) : packer.pack(sizes) else {
            area.unseated += delegations.flatMap { $0 }.map {
                UnseatedAttendee(attendee: $0.id, reason: "no table seats could be found")
            }
            area.status = .infeasible
            return
        }
        area.splits = packing.splits
        area.objective = packing.objective
        area.bound = packing.objective
        Self.seatAtTables(delegations, starts: packing.starts, guestSeats: guestSeats, order: order, into: &area)
    }

    /// Which table each packed seat belongs to, then each table's guests by precedence on its
    /// guest seats in order.
    private static func seatAtTables(
        _ delegations: [[Attendee]], starts: [Int], guestSeats: [[Seat]], order: UnitOrder, into area: inout AreaPlan
    ) {
        var tableOfPosition: [Int] = []
        for (index, seatsAtTable) in guestSeats.enumerated() {
            tableOfPosition += Array(repeating: index, count: seatsAtTable.count)
        }
        var guestsAt = Array(repeating: [Attendee](), count: guestSeats.count)
        for (delegation, start) in zip(delegations, starts) {
            for (offset, person) in delegation.enumerated() { guestsAt[tableOfPosition[start + offset]].append(person) }
        }
        for (index, people) in guestsAt.enumerated() {
            for (person, seat) in zip(order.people(people), guestSeats[index]) {
                area.placed.append(PlacedAttendee(attendee: person, seat: .venue(seat)))
            }
        }
    }
}
