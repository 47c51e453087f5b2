import SeatPlanCore

/// B1–B3 of docs/planning-rules.md (docs/protocol.md §3), and banquet unit splits.
struct BanquetRules {
    let context: CheckContext

    /// One table in table order with its seat roles and the hosts the rules give it.
    private struct TablePlan {
        let table: Table
        let seating: TableSeating?
        var host: Placement?
        var secondHost: Placement?
        var people: [Placement] = []
        var guests: [Placement] = []
    }

    func check() -> (violations: [PlanViolation], unitSplits: Int) {
        guard let layout = context.venue.tables else { return ([], 0) }
        let seatsByTable = Dictionary(grouping: context.venue.seats.filter { $0.area == .banquet }) { $0.table ?? "" }
        var tables = TablePrecedence.orderedTables(layout).map { table in
            TablePlan(
                table: table,
                seating: TablePrecedence.seating(seatsByTable[table.name] ?? [], rules: context.rules.protocolRules))
        }
        let tableIndex = Dictionary(
            tables.enumerated().map { ($0.element.table.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let seated = context.placements
            .filter { $0.place.seat?.area == .banquet }
            .sorted { context.precedes($0.attendee, $1.attendee) }
        // The first T hosts take the host seats in table order, the next T the second-host seats.
        var hostIDs = Set<String>()
        for (index, host) in seated.filter({ $0.attendee.hasTag(.host) }).enumerated() {
            if index < tables.count {
                tables[index].host = host
            } else if index < 2 * tables.count, tables[index - tables.count].seating?.secondHost != nil {
                tables[index - tables.count].secondHost = host
            } else {
                continue
            }
            hostIDs.insert(host.attendee.id)
        }
        for placement in seated {
            guard let index = placement.place.seat?.table.flatMap({ tableIndex[$0] }) else { continue }
            tables[index].people.append(placement)
            if !hostIDs.contains(placement.attendee.id) { tables[index].guests.append(placement) }
        }
        var violations = hostSeats(tables)
        let order = delegations(tables)
        violations += order.violations
        for table in tables { violations += guestSeats(table) }
        return (violations, order.splits)
    }

    /// B1: hosts on their host seats; at a table without a host, its most senior person.
    private func hostSeats(_ tables: [TablePlan]) -> [PlanViolation] {
        var violations: [PlanViolation] = []
        for (index, table) in tables.enumerated() {
            guard let seating = table.seating else { continue }
            for (host, seat, what) in [
                (table.host, seating.host, "host"), (table.secondHost, seating.secondHost, "second-host"),
            ] {
                guard let host, let seat, host.seatID != seat.id else { continue }
                violations.append(
                    PlanViolation(
                        rule: "B1", attendee: host.attendee.id, seat: seat.id,
                        message:
                            "host \(host.who) sits at \(host.location), but the \(what) seat of "
                            + "\(table.table.printedName) (table \(index + 1) in order) is \(seat.label)"
                    ))
            }
            guard table.host == nil, let senior = table.people.first else { continue }
            let holder = context.occupant(of: seating.host.id).map { context.placements[$0] }
            guard holder.map({ $0.attendee.precedence > senior.attendee.precedence }) ?? true else { continue }
            violations.append(
                PlanViolation(
                    rule: "B1", attendee: senior.attendee.id, seat: seating.host.id,
                    message:
                        "\(table.table.printedName) has no host, so its most senior person \(senior.who) (precedence "
                        + "\(senior.attendee.precedence)) takes its host seat \(seating.host.label), which has "
                        + "\(holder.map { "\($0.who) (precedence \($0.attendee.precedence))" } ?? "nobody")"
                ))
        }
        return violations
    }

    /// B2: delegation keys never decrease in table order and each delegation fills consecutive
    /// tables; also counts delegations at more than one table.
    private func delegations(_ tables: [TablePlan]) -> (violations: [PlanViolation], splits: Int) {
        var senior: [String: Int] = [:]
        for table in tables {
            for guest in table.guests {
                senior[guest.attendee.unit] = min(senior[guest.attendee.unit] ?? Int.max, guest.attendee.precedence)
            }
        }
        func key(_ unit: String) -> (Int, Int) { (senior[unit] ?? Int.max, context.unitKey.rank(of: unit)) }
        var violations: [PlanViolation] = []
        var highest: (key: (Int, Int), guest: Placement)?
        var tablesOf: [String: [Int]] = [:]
        var units: [String] = []
        for (index, table) in tables.enumerated() {
            var reported = Set<String>()
            for guest in table.guests {
                let unit = guest.attendee.unit
                if tablesOf[unit] == nil { units.append(unit) }
                if tablesOf[unit]?.last != index { tablesOf[unit, default: []].append(index) }
                guard let top = highest, key(unit) < top.key, reported.insert(unit).inserted else { continue }
                violations.append(
                    PlanViolation(
                        rule: "B2", attendee: guest.attendee.id, seat: guest.seatID,
                        message:
                            "delegation \(unit) (led by precedence \(key(unit).0)) sits at \(table.table.printedName), "
                            + "after delegation \(top.guest.attendee.unit) (led by precedence "
                            + "\(key(top.guest.attendee.unit).0)) at \(top.guest.location), which comes later"
                    ))
            }
            for guest in table.guests where highest.map({ key(guest.attendee.unit) > $0.key }) ?? true {
                highest = (key(guest.attendee.unit), guest)
            }
        }
        var splits = 0
        for unit in units {
            guard let indices = tablesOf[unit], let first = indices.first, let last = indices.last, indices.count > 1
            else { continue }
            splits += 1
            if last - first + 1 != indices.count {
                violations.append(
                    PlanViolation(
                        rule: "B2",
                        message:
                            "delegation \(unit) sits at "
                            + "\(indices.map { tables[$0].table.printedName }.joined(separator: ", ")), which are "
                            + "not consecutive tables in table order"
                    ))
            }
        }
        return (violations, splits)
    }

    /// B3: the table's guests in person order take its remaining seats in seat order.
    private func guestSeats(_ table: TablePlan) -> [PlanViolation] {
        guard let seating = table.seating, !table.guests.isEmpty else { return [] }
        let second = seating.secondHost.map { [$0] } ?? []
        let order: [Seat] =
            table.host == nil
            ? [seating.host] + second + seating.guests
            : table.secondHost == nil ? seating.guests + second : seating.guests
        var violations: [PlanViolation] = []
        for (rank, guest) in table.guests.enumerated() where rank < order.count && guest.seatID != order[rank].id {
            let expected = order[rank]
            let holder = context.occupant(of: expected.id).map { context.placements[$0] }
            if let holder, holder.attendee.precedence == guest.attendee.precedence, !holder.attendee.hasTag(.host) {
                continue
            }
            violations.append(
                PlanViolation(
                    rule: "B3", attendee: guest.attendee.id, seat: guest.seatID,
                    message:
                        "at \(table.table.printedName), \(guest.who) is guest \(rank + 1) by precedence and belongs at "
                        + "\(expected.label), but sits at \(guest.location)"
                ))
        }
        return violations
    }
}
