import SeatPlanCore

/// One role's fill sequence (docs/planning-rules.md) during a re-plan: who holds each seat,
/// and where each unit's block begins and ends.
///
/// Only seats the role may use are in the sequence; pinned seats and seats of people seated
/// outside the order (exempt) are left out, so the order rules ignore them as the checker does.
struct RoleBlocks {
    /// The seats in fill order.
    let seats: [Seat]
    /// Segment lengths of the sequence, in order.
    let segmentLengths: [Int]
    /// The attendee holding each position, if any.
    var holder: [String?]
    /// Unit name → its place in the unit order.
    let unitRank: [String: Int]
    /// Attendee id → unit.
    let unitOf: [String: String]
    /// Seat id → position.
    let positionOf: [String: Int]
    /// Each position's place in hall precedence (A2.3; 0 = most honoured), as H5 ranks seats.
    let honour: [Int]

    init(sequence: FillSequence, holders: [String: String], people: [Attendee], order: UnitOrder, rules: ProtocolRules)
    {
        seats = sequence.seats
        segmentLengths = sequence.segmentLengths
        let positionOf = Dictionary(
            sequence.seats.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.positionOf = positionOf
        var honour = Array(repeating: 0, count: sequence.seats.count)
        for (rank, seat) in HallPrecedence.ordered(sequence.seats, rules: rules).enumerated() {
            if let position = positionOf[seat.id] { honour[position] = rank }
        }
        self.honour = honour
        holder = sequence.seats.map { holders[$0.id] }
        unitOf = Dictionary(people.map { ($0.id, $0.unit) }, uniquingKeysWith: { first, _ in first })
        let units = order.units(people)
        unitRank = Dictionary(
            units.enumerated().compactMap { index, members in members.first.map { ($0.unit, index) } },
            uniquingKeysWith: { first, _ in first })
    }

    /// The first and last position of each unit's people.
    func spans() -> [String: ClosedRange<Int>] {
        var spans: [String: ClosedRange<Int>] = [:]
        for (position, id) in holder.enumerated() {
            guard let id, let unit = unitOf[id] else { continue }
            if let span = spans[unit] {
                spans[unit] = span.lowerBound...position
            } else {
                spans[unit] = position...position
            }
        }
        return spans
    }

    /// The open window a unit's block may grow into: after the last position of the nearest
    /// earlier unit with people, before the first of the nearest later one.
    func window(of unit: String, spans: [String: ClosedRange<Int>]) -> Range<Int> {
        let rank = unitRank[unit] ?? Int.max
        var lower = 0
        var upper = seats.count
        for (other, span) in spans where other != unit {
            let otherRank = unitRank[other] ?? Int.max
            if otherRank < rank { lower = max(lower, span.upperBound + 1) }
            if otherRank > rank { upper = min(upper, span.lowerBound) }
        }
        return lower..<max(lower, upper)
    }

    /// A free position for one more person of `unit` that keeps every block whole and in order:
    /// an empty seat inside the unit's block (the most honoured first), else the nearest empty
    /// seat after its block, else the nearest before it; for a unit with no one seated yet, the
    /// first empty seat between its neighbours in the unit order.
    func freePosition(for unit: String, spans: [String: ClosedRange<Int>]) -> Int? {
        let window = window(of: unit, spans: spans)
        guard let span = spans[unit] else {
            return window.first { holder[$0] == nil }
        }
        let inside = span.filter { holder[$0] == nil }
        if !inside.isEmpty {
            return inside.min { honour[$0] < honour[$1] }
        }
        if let after = (span.upperBound + 1..<max(span.upperBound + 1, window.upperBound)).first(where: {
            holder[$0] == nil
        }) {
            return after
        }
        return (window.lowerBound..<span.lowerBound).reversed().first { holder[$0] == nil }
    }
}
