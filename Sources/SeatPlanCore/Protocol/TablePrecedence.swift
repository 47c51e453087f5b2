/// Who sits where at one table (docs/protocol.md B3.2–B3.4): the host seat, the second host's
/// (co-host's) seat, and the guest seats in guest order.
public struct TableSeating: Sendable, Equatable {
    /// The host seat (faces the door).
    public let host: Seat
    /// The second host's seat, opposite the host (none at a table of one).
    public let secondHost: Seat?
    /// Guest 1, guest 2, … seats.
    public let guests: [Seat]

    /// Host, second host, then guests: the order in which a table's people are seated.
    public var ordered: [Seat] { [host] + (secondHost.map { [$0] } ?? []) + guests }
}

/// Table and table-seat precedence at a banquet (docs/protocol.md §3).
public enum TablePrecedence {
    /// The tables from most to least honoured (B3.1): the main table first, then nearer the
    /// main table first, then at equal distance the one to the right as seen from the main
    /// seat facing the room.
    public static func orderedTables(_ layout: TableLayout) -> [Table] {
        guard let main = layout.main else { return layout.tables }
        // The main seat faces the door; its right hand points along (-facingY, facingX).
        let facingX = layout.door.x - main.centre.x
        let facingY = layout.door.y - main.centre.y
        func key(_ table: Table) -> (Int, Int, Double) {
            if table.name == main.name { return (0, 0, 0) }
            let distance = Int((table.centre.distance(to: main.centre) * 20).rounded())  // 5 cm steps
            let toRight = (table.centre.x - main.centre.x) * -facingY + (table.centre.y - main.centre.y) * facingX
            return (1, distance, -toRight)
        }
        return layout.tables.sorted { lhs, rhs in
            let left = key(lhs)
            let right = key(rhs)
            if left.0 != right.0 { return left.0 < right.0 }
            if left.1 != right.1 { return left.1 < right.1 }
            if abs(left.2 - right.2) > 1e-6 { return left.2 < right.2 }
            return lhs.name < rhs.name
        }
    }

    /// The roles of a table's seats. `seats` are the table's seats with positions 1…n, where
    /// position 1 is the host seat and the positions run round to the host's right.
    public static func seating(_ seats: [Seat], rules: ProtocolRules) -> TableSeating? {
        let ring = seats.sorted { ($0.position ?? 0) < ($1.position ?? 0) }
        guard let host = ring.first else { return nil }
        guard ring.count > 1 else { return TableSeating(host: host, secondHost: nil, guests: []) }
        let opposite = ring.count / 2
        let secondHost = ring[opposite]
        // Right side: from the host's right neighbour towards the opposite seat; left side likewise.
        let right = Array(ring[1..<opposite])
        let left = Array(ring[(opposite + 1)...].reversed())
        var first: [Seat] = []
        switch (rules.banquetStyle, rules.banquetGuestTwo) {
        case (.cnHost, .hostLeft):
            // G1 host's right, G2 host's left, G3 second host's right, G4 second host's left.
            first = [right.first, left.first, left.last, right.last].compactMap { $0 }
        case (.cnHost, .secondHostRight), (.intl, _):
            // G1 host's right, G2 second host's right, G3 host's left, G4 second host's left.
            first = [right.first, left.last, left.first, right.last].compactMap { $0 }
        }
        var guests: [Seat] = []
        for seat in first where !guests.contains(seat) { guests.append(seat) }
        // The rest: nearer the host first, right before left.
        let depth = max(right.count, left.count)
        for step in 0..<depth {
            for side in [right, left] where step < side.count && !guests.contains(side[step]) {
                guests.append(side[step])
            }
        }
        return TableSeating(host: host, secondHost: secondHost, guests: guests)
    }
}
