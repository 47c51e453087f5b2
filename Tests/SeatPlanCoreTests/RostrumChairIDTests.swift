import SeatPlanCore
import Testing

/// One grammar for rostrum chair ids (docs/planning-rules.md G3): only the canonical form parses,
/// and it prints back to itself.
@Suite("Rostrum chair ids")
struct RostrumChairIDTests {
    @Test(
        "Canonical ids parse and print back to themselves",
        arguments: [
            ("rostrum-1-C", 1, 0), ("rostrum-1-L2", 1, -2), ("rostrum-1-R2", 1, 2), ("rostrum-2-R1", 2, 1),
            ("rostrum-12-L39", 12, -39), ("rostrum-3-R10", 3, 10),
        ])
    func canonical(id: String, row: Int, offset: Int) throws {
        let chair = try #require(RostrumChairID(id))
        #expect(chair == RostrumChairID(row: row, offset: offset))
        #expect(chair.description == id)
    }

    @Test(
        "Leading zeros, signs, zero steps, lower case and stray parts name no chair",
        arguments: [
            "rostrum-1-L05", "rostrum-1-R007", "rostrum-01-C", "rostrum-0-C", "rostrum-1-R0", "rostrum-1-L0",
            "rostrum-1-C0", "rostrum-1-C1", "rostrum-+1-C", "rostrum-1-L+2", "rostrum-1-L-2", "rostrum-1-l2",
            "rostrum-1-X2", "rostrum-1-L", "rostrum-1-", "rostrum--C", "rostrum-1-C-", "rostrum-1", "Rostrum-1-C",
            "rostrum-1-L２", "rostrum-１-C", "rostrum-1-L 2", "rostrum-99999999999999999999-C", "h1-1-1", "",
        ])
    func rejected(id: String) {
        #expect(RostrumChairID(id) == nil)
    }

    @Test("Every chair the layout places has a canonical id", arguments: 1...12)
    func layoutIDs(count: Int) {
        let rostrum = Rostrum(rows: [RostrumRow(number: 1, capacity: 12, spacing: 1, y: -2)])
        for rules in [ProtocolRules(), ProtocolRules(convention: .intl), ProtocolRules(evenAlignment: .centreOnOne)] {
            for slot in RostrumLayout.slots(for: rostrum, occupancy: [count], rules: rules) {
                #expect(RostrumChairID(slot.id)?.description == slot.id)
                #expect(RostrumChairID(slot.id)?.row == slot.row)
            }
        }
    }
}
