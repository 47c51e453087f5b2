import SeatPlanCore

/// Seats a banquet (protocol.md §3; docs/planning-rules.md "Banquet"): hosts on the host and
/// second-host seats of the tables in precedence order (B3.1), delegations in order packed into
/// the tables by ``SequencePacker`` so that a delegation shares a table where it fits, and at
/// each table the guests by precedence in B3.2 order (or B3.3/B3.4).
struct BanquetPlanner {
    let layout: TableLayout
    let seats: [Seat]
    let roster: Roster
    let rules: PlanningRules
    let strategy: PackingStrategy

    func plan(_ attendees: [Attendee], pinned: [String: Seat]) -> AreaPlan {
        var area = AreaPlan()
        let order = UnitOrder(ordering: rules.unitOrder, roster: roster)
        let takenSeats = Set(pinned.values.map(\.id))
        for attendee in attendees {
            if let seat = pinned[attendee.id] { area.placed.append(PlacedAttendee(attendee: attendee, seat: .venue(seat))) }
        }
        let free = order.people(attendees.filter { pinned[$0.id] == nil })
        let tables = TablePrecedence.orderedTables(layout)
        let byTable = Dictionary(grouping: seats, by: { $0.table ?? "" })
        let seatings = tables.compactMap { TablePrecedence.seating(byTable[$0.name] ?? [], rules: rules.protocolRules) }

        // Hosts: host seats of tables in order, then second-host seats.
        var hosts = free.filter { $0.hasTag(.host) }
        var hostAt: [Int: Attendee] = [:]
        var secondHostAt: [Int: Attendee] = [:]
        for (index, seating) in seatings.enumerated() where !hosts.isEmpty && !takenSeats.contains(seating.host.id) {
            let host = hosts.removeFirst()
            hostAt[index] = host
            area.placed.append(PlacedAttendee(attendee: host, seat: .venue(seating.host)))
        }
        for (index, seating) in seatings.enumerated() where !hosts.isEmpty {
            guard let second = seating.secondHost, !takenSeats.contains(second.id) else { continue }
            let host = hosts.removeFirst()
            secondHostAt[index] = host
            area.placed.append(PlacedAttendee(attendee: host, seat: .venue(second)))
        }
        let placedHosts = Set(hostAt.values.map(\.id)).union(secondHostAt.values.map(\.id))

        // Each table's remaining seats in the order guests take them (B3).
        let guestSeats: [[Seat]] = seatings.enumerated().map { index, seating in
            let ordered: [Seat]
            switch (hostAt[index] != nil, secondHostAt[index] != nil) {
            case (false, _): ordered = seating.ordered
            case (true, false): ordered = seating.guests + (seating.secondHost.map { [$0] } ?? [])
            case (true, true): ordered = seating.guests
            }
            return ordered.filter { !takenSeats.contains($0.id) }
        }
        let guests = free.filter { !placedHosts.contains($0.id) }
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
                reason: "\(guests.count) guests but the tables have \(capacity) free seats; the last \(guests.count - capacity) by precedence are left without a seat")
        }
        let packer = SequencePacker(segmentLengths: guestSeats.map(\.count))
        let sizes = delegations.map(\.count)
        guard let packing = strategy == .greedy ? packer.greedy(sizes) : packer.pack(sizes) else {
            area.unseated += delegations.flatMap { $0 }.map { UnseatedAttendee(attendee: $0.id, reason: "no table seats could be found") }
            area.status = .infeasible
            return area
        }
        area.splits = packing.splits
        area.objective = packing.objective
        area.bound = packing.objective
        // Which table each packed seat belongs to, then seat each table's guests by precedence.
        var tableOfPosition: [Int] = []
        for (index, seatsAtTable) in guestSeats.enumerated() { tableOfPosition += Array(repeating: index, count: seatsAtTable.count) }
        var guestsAt = Array(repeating: [Attendee](), count: guestSeats.count)
        for (delegation, start) in zip(delegations, packing.starts) {
            for (offset, person) in delegation.enumerated() { guestsAt[tableOfPosition[start + offset]].append(person) }
        }
        for (index, people) in guestsAt.enumerated() {
            for (person, seat) in zip(order.people(people), guestSeats[index]) {
                area.placed.append(PlacedAttendee(attendee: person, seat: .venue(seat)))
            }
        }
        return area
    }
}
