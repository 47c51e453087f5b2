import SeatPlanCore
import Testing

@testable import PlanCheck

/// The checker works out the §1 chair order on its own (`RostrumChairs`); the planner uses
/// `RostrumLayout`. They are separate implementations of one rule, so they must agree.
@Suite("Checker's rostrum chair order")
struct RostrumChairOrderTests {
    static let row = RostrumRow(number: 1, capacity: 40, spacing: 0.9, y: -2)

    /// Every combination of the §1 settings.
    static let settings: [ProtocolRules] = [Convention.cn, .intl].flatMap { convention in
        [EvenPair.twoLeftOfOne, .oneLeftOfTwo].flatMap { pair in
            [EvenAlignment.centreBetweenOneAndTwo, .centreOnOne].flatMap { alignment in
                [false, true].map { coPrincipals in
                    ProtocolRules(
                        convention: convention, evenPair: pair, evenAlignment: alignment, coPrincipals: coPrincipals)
                }
            }
        }
    }

    @Test("Agrees with the planner's RostrumLayout on rows of 1…40 under cn and intl", arguments: 1...40)
    func agreesWithPlanner(count: Int) {
        for rules in Self.settings {
            let capacity = RostrumLayout.capacity(of: Self.row, rules: rules)
            guard count <= capacity else { continue }
            let planner = RostrumLayout.slots(for: Rostrum(rows: [Self.row]), occupancy: [count], rules: rules)
            let checker = RostrumChairs.layout(row: Self.row, count: count, isFront: true, rules: rules)
            #expect(checker.map(\.description) == planner.map(\.id), "\(count) people, \(rules)")
            #expect(zip(checker, planner).allSatisfy { abs($0.x(in: Self.row) - $1.x) < 1e-9 })
        }
    }

    @Test(
        "The docs/protocol.md §1 table, read off the checker's chairs (audience view)",
        arguments: [
            (2, [1, 2], [2, 1], [2, 1]),
            (5, [5, 3, 1, 2, 4], [5, 3, 1, 2, 4], [4, 2, 1, 3, 5]),
            (6, [5, 3, 1, 2, 4, 6], [6, 4, 2, 1, 3, 5], [6, 4, 2, 1, 3, 5]),
            (7, [7, 5, 3, 1, 2, 4, 6], [7, 5, 3, 1, 2, 4, 6], [6, 4, 2, 1, 3, 5, 7]),
            (8, [7, 5, 3, 1, 2, 4, 6, 8], [8, 6, 4, 2, 1, 3, 5, 7], [8, 6, 4, 2, 1, 3, 5, 7]),
        ])
    func protocolTable(count: Int, cn: [Int], cnOneLeft: [Int], intl: [Int]) {
        func audienceOrder(_ rules: ProtocolRules) -> [Int] {
            let chairs = RostrumChairs.layout(row: Self.row, count: count, isFront: false, rules: rules)
            return chairs.indices.sorted { chairs[$0].offset < chairs[$1].offset }.map { $0 + 1 }
        }
        #expect(audienceOrder(ProtocolRules()) == cn)
        #expect(audienceOrder(ProtocolRules(evenPair: .oneLeftOfTwo)) == cnOneLeft)
        #expect(audienceOrder(ProtocolRules(convention: .intl)) == intl)
    }

    @Test("Even rows: centre_between_1_2 straddles the centre line, centre_on_1 puts 1 on it")
    func alignment() {
        let between = RostrumChairs.layout(row: Self.row, count: 4, isFront: false, rules: ProtocolRules())
        #expect(between.map(\.description) == ["rostrum-1-L1", "rostrum-1-R1", "rostrum-1-L3", "rostrum-1-R3"])
        let onOne = RostrumChairs.layout(
            row: Self.row, count: 4, isFront: false, rules: ProtocolRules(evenAlignment: .centreOnOne))
        #expect(onOne.map(\.description) == ["rostrum-1-C", "rostrum-1-R2", "rostrum-1-L2", "rostrum-1-R4"])
    }
}
