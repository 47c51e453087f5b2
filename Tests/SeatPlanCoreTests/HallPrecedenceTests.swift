import Foundation
import SeatPlanCore
import Testing

/// docs/protocol.md A2.3 on a small two-floor hall.
@Suite("Hall precedence (docs/protocol.md A2.3)")
struct HallPrecedenceTests {
    static let venue = """
        name: 小礼堂
        hall:
          numbering: odd_even
          floors:
            - {floor: 1, front: 3, blocks: [左区, 中区, 右区], rows: ["1-3: 2|3|2"]}
            - {floor: 2, front: 12, rows: ["1-2: 4"]}
        """

    @Test("Front over back, lower floor over higher, centre over sides, the honoured side first")
    func order() throws {
        let venue = try VenueFile.parse(Self.venue, file: "hall.yaml")
        let ordered = venue.seatPrecedence()
        #expect(ordered.count == 29)
        #expect(ordered.prefix(7).allSatisfy { $0.floor == 1 && $0.row == 1 })
        #expect(ordered.suffix(8).allSatisfy { $0.floor == 2 })
        // Row 1: centre seat (1), then the audience's right (3) before its left (2) under cn.
        #expect(ordered.prefix(3).map(\.number) == ["1", "3", "2"])
        let intl = venue.seatPrecedence(rules: ProtocolRules(convention: .intl))
        #expect(intl.prefix(3).map(\.number) == ["1", "2", "3"])
        let seated = venue.seatPrecedence(rules: ProtocolRules(auditoriumLeftReference: .seatedPerson))
        #expect(seated.prefix(3).map(\.number) == ["1", "2", "3"])
    }

    @Test("Sequential numbering runs left to right in the audience view")
    func sequential() throws {
        let venue = try VenueFile.parse(
            "name: X\nhall:\n  numbering: sequential\n  floors:\n    - {floor: 1, rows: [\"1: 3|3\"]}\n", file: "s.yaml"
        )
        let row = venue.seats.sorted { $0.x < $1.x }
        #expect(row.map(\.number) == ["1", "2", "3", "4", "5", "6"])
        #expect(row.map(\.block) == ["左区", "左区", "左区", "右区", "右区", "右区"])
    }

    @Test("Odd/even numbering: 1 at the centre, odd to one side, even to the other")
    func oddEven() throws {
        let venue = try VenueFile.parse(
            "name: X\nhall:\n  floors:\n    - {floor: 1, rows: [\"1: 7\", \"2: 6\"], odd_side: left}\n", file: "o.yaml")
        let row1 = venue.seats.filter { $0.row == 1 }.sorted { $0.x < $1.x }.map(\.number)
        let row2 = venue.seats.filter { $0.row == 2 }.sorted { $0.x < $1.x }.map(\.number)
        #expect(row1 == ["7", "5", "3", "1", "2", "4", "6"])
        #expect(row2 == ["5", "3", "1", "2", "4", "6"])
    }

    @Test("Seat ids do not change when another row or floor is edited")
    func stableIDs() throws {
        let before = try VenueFile.parse(Self.venue, file: "a.yaml")
        let edited = Self.venue.replacingOccurrences(of: "\"1-2: 4\"", with: "\"1-2: 6\"")
            .replacingOccurrences(of: "\"1-3: 2|3|2\"", with: "\"1-2: 2|3|2\", \"3: 3|3|3\"")
        let after = try VenueFile.parse(edited, file: "b.yaml")
        let unchanged = before.seats.filter { $0.floor == 1 && ($0.row ?? 0) <= 2 }
        for seat in unchanged {
            #expect(after.seat(id: seat.id)?.label == seat.label)
        }
    }

    @Test("Narrow rows keep to the centre and stagger shifts every second row")
    func alignmentAndStagger() throws {
        let venue = try VenueFile.parse(
            "name: X\nhall:\n  floors:\n    - {floor: 1, stagger: true, rows: [\"1: 2|2\", \"2: 3|3\"]}\n",
            file: "a.yaml")
        let row1 = venue.seats.filter { $0.row == 1 }.map(\.x).sorted()
        let row2 = venue.seats.filter { $0.row == 2 }.map(\.x).sorted()
        // Row 1's two-seat blocks hug the centre aisle like row 2's inner seats (shifted by half a seat).
        #expect(abs(row1[1] - (row2[2] - 0.275)) < 1e-9)
        #expect(abs(row1[2] - (row2[3] - 0.275)) < 1e-9)
    }
}
