import Foundation
import SeatPlanCore
import Testing

/// Each kind of mistake a planner makes in a venue file gets its own precise error, never a crash.
@Suite("Malformed venue files")
struct MalformedVenueTests {
    static let hall = """
        name: X
        hall:
          floors:
            - floor: 1
              blocks: [左区, 中区, 右区]
              rows: ["1-10: 4|8|4"]
        """

    static let banquet = """
        name: X
        door: {x: 0, y: 20}
        main_table: 主桌
        tables:
          - {name: 主桌, seats: 10, x: 0, y: 4}
        """

    struct Case: Sendable, CustomTestStringConvertible {
        let kind: String
        let yaml: String
        let line: Int
        let message: String
        var testDescription: String { kind }
    }

    static let cases: [Case] = [
        Case(
            kind: "zone names a missing row", yaml: hall + "\n  zones:\n    - {name: leaders, rows: 1-12}\n", line: 8,
            message: "names row 11"),
        Case(
            kind: "zone names an unknown block", yaml: hall + "\n  zones:\n    - {name: leaders, blocks: [东区]}\n",
            line: 8, message: "block '东区'"),
        Case(
            kind: "zone names a missing floor", yaml: hall + "\n  zones:\n    - {name: balcony, floor: 2}\n", line: 8,
            message: "names floor 2"),
        Case(
            kind: "unavailable seat that does not exist",
            yaml: hall + "\n  unavailable:\n    - {seats: [3-40], reason: 立柱}\n", line: 8, message: "seat '3-40'"),
        Case(
            kind: "unavailable without a reason", yaml: hall + "\n  unavailable:\n    - {seats: [3-1]}\n", line: 8,
            message: "reason"),
        Case(
            kind: "seats for the wrong number of blocks",
            yaml: hall.replacingOccurrences(of: "1-10: 4|8|4", with: "1-10: 4|8"), line: 6,
            message: "2 blocks but the floor has 3"),
        Case(
            kind: "negative seat count", yaml: hall.replacingOccurrences(of: "1-10: 4|8|4", with: "1-10: 4|-8|4"),
            line: 6, message: "-8"),
        Case(
            kind: "row range backwards", yaml: hall.replacingOccurrences(of: "1-10: 4|8|4", with: "10-1: 4|8|4"),
            line: 6, message: "backwards"),
        Case(
            kind: "row defined twice",
            yaml: hall.replacingOccurrences(of: "[\"1-10: 4|8|4\"]", with: "[\"1-10: 4|8|4\", \"8-12: 4|8|4\"]"),
            line: 6, message: "row 8 is already defined"),
        Case(
            kind: "unreadable row", yaml: hall.replacingOccurrences(of: "1-10: 4|8|4", with: "rows one to ten"),
            line: 6, message: "is not a row"),
        Case(
            kind: "floor described twice", yaml: hall + "\n    - {floor: 1, rows: [\"1: 4|8|4\"]}\n", line: 7,
            message: "floor 1 is described twice"),
        Case(
            kind: "curve too tight",
            yaml: hall.replacingOccurrences(
                of: "      blocks:", with: "      curve: 5\n      front: 0.5\n      seat_width: 2\n      blocks:"),
            line: 5, message: "curve radius"),
        Case(
            kind: "unknown numbering scheme",
            yaml: hall.replacingOccurrences(of: "      blocks:", with: "      numbering: zigzag\n      blocks:"),
            line: 5, message: "'zigzag' is not allowed"),
        Case(
            kind: "duplicate table names", yaml: banquet + "\n  - {name: 主桌, seats: 10, x: 5, y: 4}\n", line: 6,
            message: "already used on line 5"),
        Case(
            kind: "main table missing from the list",
            yaml: banquet.replacingOccurrences(of: "main_table: 主桌", with: "main_table: 一号桌"), line: 3,
            message: "'一号桌', which is not listed"),
        Case(
            kind: "no main table among several",
            yaml: banquet.replacingOccurrences(of: "main_table: 主桌\n", with: "")
                + "\n  - {name: 二, seats: 10, x: 5, y: 4}\n", line: 4, message: "name the main table"),
        Case(
            kind: "tables without a door", yaml: banquet.replacingOccurrences(of: "door: {x: 0, y: 20}\n", with: ""),
            line: 4, message: "door"),
        Case(
            kind: "overlapping tables", yaml: banquet + "\n  - {name: 二, seats: 10, x: 1, y: 4}\n", line: 6,
            message: "overlap"),
        Case(
            kind: "too many seats for a table",
            yaml: banquet.replacingOccurrences(of: "seats: 10, x: 0", with: "seats: 30, diameter: 1.0, x: 0"), line: 5,
            message: "seats would overlap"),
        Case(
            kind: "round table given a length",
            yaml: banquet.replacingOccurrences(of: "seats: 10, x: 0", with: "seats: 10, length: 3, x: 0"), line: 5,
            message: "diameter"),
        Case(
            kind: "door without tables", yaml: "name: X\ndoor: {x: 0, y: 3}\nrooms:\n  - {name: A, capacity: 10}\n",
            line: 2, message: "only used with tables"),
        Case(
            kind: "room listed twice",
            yaml: "name: X\nrooms:\n  - {name: A, capacity: 10}\n  - {name: A, capacity: 20}\n", line: 4,
            message: "listed twice"),
        Case(
            kind: "room with zero capacity", yaml: "name: X\nrooms:\n  - {name: A, capacity: 0}\n", line: 3,
            message: "out of range"),
        Case(kind: "a venue with no seats at all", yaml: "name: X\n", line: 1, message: "describes no seats"),
        Case(
            kind: "misspelt key inside a floor",
            yaml: hall.replacingOccurrences(of: "      blocks:", with: "      blokcs:"), line: 5,
            message: "did you mean 'blocks'"),
        Case(
            kind: "seat written without its row", yaml: hall + "\n  zones:\n    - {name: a, seats: [15]}\n", line: 8,
            message: "row-number"),
    ]

    @Test("Each mistake is reported with its line and what is wrong", arguments: cases)
    func reported(_ example: Case) throws {
        let error = #expect(throws: InputError.self) { try VenueFile.parse(example.yaml, file: "venue.yaml") }
        #expect(error?.file == "venue.yaml")
        #expect(error?.line == example.line, "\(error?.description ?? "no error")")
        #expect(error?.description.contains(example.message) == true, "\(error?.description ?? "no error")")
    }
}
