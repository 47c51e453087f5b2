import SeatPlanCore

/// Puts one unit's people on the seats it was given: the head of delegation (most senior) on the
/// most honoured seat, then the rest by precedence (A2.2, A2.3), with keep-together groups side
/// by side and keep-apart groups separated where the unit's seats allow.
struct UnitSeating {
    let rules: PlanningRules

    func seat(_ people: [Attendee], on seats: [Seat]) -> [PlacedAttendee] {
        let byHonour = HallPrecedence.ordered(seats, rules: rules.protocolRules)
        var assignment = Dictionary(uniqueKeysWithValues: zip(people.map(\.id), byHonour))
        let ids = Set(people.map(\.id))
        for group in rules.keepTogether where group.allSatisfy(ids.contains) {
            keepTogether(group, people: people, seats: seats, assignment: &assignment)
        }
        var adjacent = Set<SeatPair>()
        for row in Dictionary(grouping: seats, by: { "\($0.floor ?? 0)-\($0.row ?? 0)-\($0.block ?? "")" }).values {
            let ordered = row.sorted { $0.x < $1.x }
            for (left, right) in zip(ordered, ordered.dropFirst()) { adjacent.insert(SeatPair(left.id, right.id)) }
        }
        for group in rules.keepApart {
            keepApart(group.filter(ids.contains), people: people, adjacent: adjacent, assignment: &assignment)
        }
        return people.compactMap { person in
            assignment[person.id].map { PlacedAttendee(attendee: person, seat: .venue($0)) }
        }
    }

    /// Moves a group onto neighbouring seats of one row, keeping the head on the best seat.
    private func keepTogether(_ group: [String], people: [Attendee], seats: [Seat], assignment: inout [String: Seat]) {
        guard let head = people.first?.id else { return }
        let rows = Dictionary(grouping: seats) { "\($0.floor ?? 0)-\($0.row ?? 0)-\($0.block ?? "")" }
        let headSeat = assignment[head]
        // Candidate windows: runs of neighbouring seats, best rows first.
        // Front rows first, then left to right: the same window every run.
        func place(_ row: [Seat]) -> (Int, Int, Double) {
            (row.first?.floor ?? 0, row.first?.row ?? 0, row.map { $0.x }.min() ?? 0)
        }
        let ordered = rows.values.sorted { place($0) < place($1) }
        for row in ordered {
            let ordered = row.sorted { $0.x < $1.x }
            guard ordered.count >= group.count else { continue }
            for start in 0...(ordered.count - group.count) {
                let window = Array(ordered[start..<(start + group.count)])
                let includesHead = window.contains { $0.id == headSeat?.id }
                if includesHead != group.contains(head) { continue }
                // Swap the window's current occupants with the group's current seats.
                let groupSeats = group.compactMap { assignment[$0] }
                let windowIDs = Set(window.map(\.id))
                var freed = groupSeats.filter { !windowIDs.contains($0.id) }
                let targets = window.filter { seat in !groupSeats.contains { $0.id == seat.id } }
                let displaced = assignment.filter { entry in targets.contains { $0.id == entry.value.id } }.map(\.key)
                for (person, seat) in zip(
                    group.filter { member in !window.contains { $0.id == assignment[member]?.id } }, targets)
                {
                    assignment[person] = seat
                }
                for person in displaced where !group.contains(person) {
                    if !freed.isEmpty { assignment[person] = freed.removeFirst() }
                }
                return
            }
        }
    }

    /// Swaps a member of a keep-apart group away from a neighbour in the same group, never
    /// moving the head of delegation or anyone a keep-together group holds in place.
    private func keepApart(
        _ group: [String], people: [Attendee], adjacent: Set<SeatPair>, assignment: inout [String: Seat]
    ) {
        guard group.count >= 2, let head = people.first?.id else { return }
        let ids = Set(people.map(\.id))
        let locked = Set(rules.keepTogether.filter { $0.allSatisfy(ids.contains) }.flatMap { $0 }).union([head])
        func neighbours(_ a: String, _ b: String) -> Bool {
            guard let first = assignment[a], let second = assignment[b] else { return false }
            return adjacent.contains(SeatPair(first.id, second.id))
        }
        for _ in 0..<(group.count * 2) {
            let clashes = group.flatMap { member in
                group.filter { $0 != member && neighbours(member, $0) }.map { (member, $0) }
            }
            guard let clash = clashes.first else { return }
            guard let mover = [clash.0, clash.1].first(where: { !locked.contains($0) }) else { return }
            let partner = people.map(\.id).first { candidate in
                guard !locked.contains(candidate), !group.contains(candidate), let seat = assignment[candidate] else {
                    return false
                }
                return !group.contains { member in
                    member != mover && assignment[member].map { adjacent.contains(SeatPair($0.id, seat.id)) } == true
                }
            }
            guard let partner, let a = assignment[mover], let b = assignment[partner] else { return }
            assignment[mover] = b
            assignment[partner] = a
        }
    }
}

/// Two seats, in either order.
struct SeatPair: Hashable {
    let first: String
    let second: String

    init(_ a: String, _ b: String) {
        (first, second) = a < b ? (a, b) : (b, a)
    }
}
