import SeatPlanCore

/// R1–R4 of docs/planning-rules.md (docs/protocol.md §1), recomputed from the chairs' ids.
struct RostrumRules {
    let context: CheckContext

    private var protocolRules: ProtocolRules { context.rules.protocolRules }

    func violations() -> [PlanViolation] {
        guard let rostrum = context.venue.rostrum else { return [] }
        let seated = context.placements.filter { $0.place.chair != nil }
        let leaders = seated.filter { $0.attendee.role == .rostrum }
        let host = presidingHost(leaders)
        let ordered = leaders.filter { !context.isPinned($0.attendee) && $0.attendee.id != host?.attendee.id }
        let headCounts = context.rostrumHeadCounts()
        var violations = rowFilling(rostrum, ordered: ordered, headCounts: headCounts)
        let orderedIDs = Set(ordered.map(\.attendee.id))
        let seatedByRow = Dictionary(grouping: seated) { $0.place.chair?.row ?? 0 }
        for row in rostrum.rows {
            let people = seatedByRow[row.number] ?? []
            guard !people.isEmpty else { continue }
            violations += rowLayout(row, people: people, ordered: people.filter { orderedIDs.contains($0.attendee.id) })
        }
        if let host { violations += hostSeat(host, headCounts: headCounts) }
        return violations
    }

    /// The person whose seat `host_seat` fixes (R4): the most senior `host` on the rostrum,
    /// unless `by_rank` or the host is pinned (the pin wins).
    private func presidingHost(_ leaders: [Placement]) -> Placement? {
        guard protocolRules.hostSeat != .byRank else { return nil }
        let host = leaders.filter { $0.attendee.hasTag(.host) }.min { context.precedes($0.attendee, $1.attendee) }
        guard let host, !context.isPinned(host.attendee) else { return nil }
        return host
    }

    /// R1: capacity, front rows first, and every row outranking the rows behind it.
    /// A re-plan under `remove_and_close`: rows close up where leaders dropped out, so front
    /// rows may have room and the order within a row is the old one (R1 filling and R2 relaxed).
    private var closesUp: Bool { context.lateChanges?.rostrumAbsence == .removeAndClose }

    private func rowFilling(_ rostrum: Rostrum, ordered: [Placement], headCounts: [Int: Int]) -> [PlanViolation] {
        var violations: [PlanViolation] = []
        let orderedByRow = Dictionary(grouping: ordered) { $0.place.chair?.row ?? 0 }
        var worstAhead: Placement?
        var freeAhead: (row: Int, free: Int)?
        for row in rostrum.rows {
            let count = headCounts[row.number] ?? 0
            let people = (orderedByRow[row.number] ?? []).sorted { context.precedes($0.attendee, $1.attendee) }
            // With co-principals the front row keeps its centre chair empty: one person fewer.
            let emptyCentre = protocolRules.coPrincipals && row.number == context.frontRow
            let capacity = emptyCentre ? max(0, row.capacity - 1) : row.capacity
            if count > capacity {
                violations.append(
                    PlanViolation(
                        rule: "R1", seat: "rostrum-\(row.number)",
                        message:
                            "rostrum row \(row.number) seats \(count) people but holds "
                            + "\(capacity)\(emptyCentre ? " beside the empty centre chair" : "")"
                    ))
            }
            if let freeAhead, let first = people.first, !closesUp {
                violations.append(
                    PlanViolation(
                        rule: "R1", attendee: first.attendee.id, seat: first.seatID,
                        message:
                            "rostrum row \(row.number) is used while row \(freeAhead.row) still has \(freeAhead.free) "
                            + "free chair\(freeAhead.free == 1 ? "" : "s"); front rows fill first"
                    ))
            }
            if let worst = worstAhead {
                for person in people where person.attendee.precedence < worst.attendee.precedence {
                    violations.append(
                        PlanViolation(
                            rule: "R1", attendee: person.attendee.id, seat: person.seatID,
                            message:
                                "\(person.who) (precedence \(person.attendee.precedence)) sits in rostrum row "
                                + "\(row.number), behind \(worst.who) (precedence \(worst.attendee.precedence)) in "
                                + "row \(worst.place.chair?.row ?? 0)"
                        ))
                }
            }
            if let last = people.last, last.attendee.precedence > (worstAhead?.attendee.precedence ?? Int.min) {
                worstAhead = last
            }
            if freeAhead == nil, count < capacity { freeAhead = (row.number, capacity - count) }
        }
        return violations
    }

    /// R2 and R3 for one row: the chairs are the layout for the row's head count, and the
    /// ordered people sit on them in honour order.
    private func rowLayout(_ row: RostrumRow, people: [Placement], ordered: [Placement]) -> [PlanViolation] {
        var violations: [PlanViolation] = []
        let isFront = row.number == context.frontRow
        let layout = RostrumChairs.layout(row: row, count: people.count, isFront: isFront, rules: protocolRules)
        let orderedIDs = Set(ordered.map(\.attendee.id))
        let taken = Set(people.filter { !orderedIDs.contains($0.attendee.id) }.compactMap(\.place.chair))
        let chairs = Array(layout.filter { !taken.contains($0) }.prefix(ordered.count))
        let expectedSet = Set(chairs)
        let strays = ordered.filter { person in person.place.chair.map { !expectedSet.contains($0) } ?? true }
        if let stray = strays.first {
            let coPrincipals = isFront && protocolRules.coPrincipals && people.count >= 2
            let shape =
                coPrincipals
                ? "around an empty centre chair (co-principals)"
                : "one spacing apart, centred per even_alignment \(protocolRules.evenAlignment.rawValue)"
            let expected = chairs.sorted { $0.offset < $1.offset }.map(\.description).joined(separator: " ")
            violations.append(
                PlanViolation(
                    rule: "R3", attendee: stray.attendee.id, seat: stray.seatID,
                    message:
                        "rostrum row \(row.number) is laid out wrongly for \(people.count) people: "
                        + "\(strays.map { "\($0.who) on \($0.seatID)" }.joined(separator: ", ")) off the expected "
                        + "chairs \(expected) (\(shape))"
                ))
        }
        // Compare the left-to-right order of people with the expected one.
        guard !closesUp else { return violations }
        let byRank = ordered.sorted { context.precedes($0.attendee, $1.attendee) }
        let expectedLeftToRight = chairs.indices.sorted { chairs[$0].offset < chairs[$1].offset }.map { byRank[$0] }
        let actualLeftToRight = ordered.sorted { ($0.place.chair?.offset ?? 0) < ($1.place.chair?.offset ?? 0) }
        let rankOf = Dictionary(
            uniqueKeysWithValues: byRank.enumerated().map { ($0.element.attendee.id, $0.offset + 1) })
        for (position, (actual, expected)) in zip(actualLeftToRight, expectedLeftToRight).enumerated()
        where actual.attendee.id != expected.attendee.id && actual.attendee.precedence != expected.attendee.precedence {
            violations.append(
                PlanViolation(
                    rule: "R2", attendee: actual.attendee.id, seat: actual.seatID,
                    message:
                        "in rostrum row \(row.number), \(actual.who) (rank \(rankOf[actual.attendee.id] ?? 0) in the "
                        + "row, precedence \(actual.attendee.precedence)) sits at place \(position + 1) from the "
                        + "audience's left, where \(expected.who) (rank \(rankOf[expected.attendee.id] ?? 0), "
                        + "precedence \(expected.attendee.precedence)) belongs"
                ))
        }
        return violations
    }

    /// R4: the presiding host in the front row, on its centre chair or its audience-left end.
    private func hostSeat(_ host: Placement, headCounts: [Int: Int]) -> [PlanViolation] {
        guard let front = context.frontRow, let row = context.rostrumRows[front] else { return [] }
        let layout = RostrumChairs.layout(
            row: row, count: headCounts[front] ?? 0, isFront: true, rules: protocolRules)
        let target: RostrumChairID?
        let place: String
        switch protocolRules.hostSeat {
        case .byRank: return []
        case .frontCentre:
            target = layout.first
            place = "the front row's centre chair"
        case .frontEnd:
            target = layout.min { $0.offset < $1.offset }
            place = "the audience-left end of the front row"
        }
        guard let chair = host.place.chair, chair.row == front else {
            return [
                PlanViolation(
                    rule: "R4", attendee: host.attendee.id, seat: host.seatID,
                    message:
                        "the host \(host.who) sits at \(host.location); the host is never in a back row and host_seat "
                        + "\(protocolRules.hostSeat.rawValue) puts them on "
                        + "\(place)\(target.map { " (\($0))" } ?? "")"
                )
            ]
        }
        guard let target, chair != target else { return [] }
        return [
            PlanViolation(
                rule: "R4", attendee: host.attendee.id, seat: host.seatID,
                message:
                    "the host \(host.who) sits on \(chair); host_seat \(protocolRules.hostSeat.rawValue) puts them on "
                    + "\(place) (\(target))"
            )
        ]
    }
}
