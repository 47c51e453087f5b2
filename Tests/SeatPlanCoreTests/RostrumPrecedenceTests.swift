import SeatPlanCore
import Testing

/// The table of docs/protocol.md §1, all rows in the audience view, left to right.
@Suite("Rostrum layout rules (docs/protocol.md §1)")
struct RostrumLayoutTests {
    static let cn = ProtocolRules()
    static let cnOneLeftOfTwo = ProtocolRules(evenPair: .oneLeftOfTwo)
    static let intl = ProtocolRules(convention: .intl)

    @Test(
        "The §1 table",
        arguments: [
            (2, [1, 2], [2, 1], [2, 1]),
            (5, [5, 3, 1, 2, 4], [5, 3, 1, 2, 4], [4, 2, 1, 3, 5]),
            (6, [5, 3, 1, 2, 4, 6], [6, 4, 2, 1, 3, 5], [6, 4, 2, 1, 3, 5]),
            (7, [7, 5, 3, 1, 2, 4, 6], [7, 5, 3, 1, 2, 4, 6], [6, 4, 2, 1, 3, 5, 7]),
            (8, [7, 5, 3, 1, 2, 4, 6, 8], [8, 6, 4, 2, 1, 3, 5, 7], [8, 6, 4, 2, 1, 3, 5, 7]),
        ])
    func specTable(count: Int, cnDefault: [Int], cnOneLeft: [Int], intl: [Int]) {
        #expect(RostrumLayout.audienceOrder(count: count, rules: Self.cn) == cnDefault)
        #expect(RostrumLayout.audienceOrder(count: count, rules: Self.cnOneLeftOfTwo) == cnOneLeft)
        #expect(RostrumLayout.audienceOrder(count: count, rules: Self.intl) == intl)
    }

    @Test("Invariants: even cn one_left_of_two equals intl; odd rows ignore even_pair", arguments: 1...40)
    func invariants(count: Int) {
        let oneLeft = RostrumLayout.audienceOrder(count: count, rules: Self.cnOneLeftOfTwo)
        let cn = RostrumLayout.audienceOrder(count: count, rules: Self.cn)
        #expect(Set(cn) == Set(1...count))
        if count.isMultiple(of: 2) {
            #expect(oneLeft == RostrumLayout.audienceOrder(count: count, rules: Self.intl))
        } else {
            #expect(oneLeft == cn)
        }
    }

    @Test("R1.4: an even row centres between 1 and 2 by default, or on 1")
    func evenAlignment() {
        let rostrum = Rostrum(rows: [RostrumRow(number: 1, capacity: 9, spacing: 1.0, y: -3)])
        let between = RostrumLayout.slots(for: rostrum, occupancy: [6], rules: Self.cn)
        #expect(between.map(\.x) == [-0.5, 0.5, -1.5, 1.5, -2.5, 2.5])
        let onOne = RostrumLayout.slots(for: rostrum, occupancy: [6], rules: ProtocolRules(evenAlignment: .centreOnOne))
        #expect(onOne.map(\.x) == [0, 1, -1, 2, -2, 3])
        #expect(
            onOne.map(\.id) == [
                "rostrum-1-C", "rostrum-1-R2", "rostrum-1-L2", "rostrum-1-R4", "rostrum-1-L4", "rostrum-1-R6",
            ])
    }

    @Test("R1.6: front rows fill first and honour runs on through the rows")
    func multiRow() {
        let rostrum = Rostrum(rows: [
            RostrumRow(number: 1, capacity: 9, spacing: 0.9, y: -2.5),
            RostrumRow(number: 2, capacity: 11, spacing: 0.9, y: -3.7),
        ])
        #expect(RostrumLayout.occupancy(of: rostrum, people: 14) == [9, 5])
        #expect(RostrumLayout.occupancy(of: rostrum, people: 30) == [9, 11])
        let slots = RostrumLayout.slots(for: rostrum, occupancy: [9, 5], rules: Self.cn)
        #expect(slots.map(\.honour) == Array(1...14))
        #expect(slots.prefix(9).allSatisfy { $0.row == 1 && $0.y == -2.5 })
        #expect(slots.dropFirst(9).map(\.rankInRow) == [1, 2, 3, 4, 5])
        #expect(slots[9].x == 0)
    }
}

@Suite("Rostrum precedence from venue files")
struct RostrumVenuePrecedenceTests {
    static let venue = """
        name: 测试主席台
        rostrum:
          spacing: 1.0
          rows:
            - seats: 7
            - seats: 9
        """

    @Test(
        "A two-row rostrum read from YAML ranks its chairs by §1 in both conventions",
        arguments: [
            (Convention.cn, [7, 5, 3, 1, 2, 4, 6], [12, 10, 8, 9, 11, 13]),
            (Convention.intl, [6, 4, 2, 1, 3, 5, 7], [13, 11, 9, 8, 10, 12]),
        ])
    func twoRows(convention: Convention, front: [Int], back: [Int]) throws {
        let venue = try VenueFile.parse(Self.venue, file: "rostrum.yaml")
        let rostrum = try #require(venue.rostrum)
        let rules = ProtocolRules(convention: convention)
        let slots = RostrumLayout.slots(
            for: rostrum, occupancy: RostrumLayout.occupancy(of: rostrum, people: 13), rules: rules)
        let audienceView = { (row: Int) in slots.filter { $0.row == row }.sorted { $0.x < $1.x }.map(\.honour) }
        #expect(audienceView(1) == front)
        #expect(audienceView(2) == back)
        // The even back row centres between its 1 and 2.
        let backRow = slots.filter { $0.row == 2 }
        #expect(abs(backRow.map(\.x).reduce(0, +)) < 1e-9)
    }
}
