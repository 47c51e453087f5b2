import Foundation
import SeatPlanCore
import TestSupport
import Testing

/// Every worked example of docs/protocol.md §1–§3, through `seatplan plan` and `seatplan check`.
@Suite("Protocol worked examples, end to end")
struct ProtocolExampleTests {
    /// Writes the venue, roster and rules, runs `plan` then `check`, and returns the plan.
    static func planAndCheck(venue: String, roster: [Attendee], rules: String = "") throws -> SeatPlan {
        let folder = try ProcessRunner.temporaryDirectory()
        let venueFile = folder.appendingPathComponent("venue.yaml")
        let rosterFile = folder.appendingPathComponent("roster.csv")
        let rulesFile = folder.appendingPathComponent("rules.yaml")
        let planFile = folder.appendingPathComponent("plan.json")
        try Data(venue.utf8).write(to: venueFile)
        try RosterCSV.encode(roster).write(to: rosterFile)
        try Data((rules.isEmpty ? "convention: cn\n" : rules).utf8).write(to: rulesFile)
        let files = ["--venue", venueFile.path, "--roster", rosterFile.path, "--rules", rulesFile.path]
        let planned = try SeatPlanBinary.run(["plan"] + files + ["--out", planFile.path])
        #expect(planned.status == 0, "plan failed: \(planned.stderr)")
        let checked = try SeatPlanBinary.run(["check"] + files + ["--plan", planFile.path])
        #expect(checked.status == 0, "check found: \(checked.stdout)\(checked.stderr)")
        return try SeatPlan.decode(try Data(contentsOf: planFile), file: planFile.path)
    }

    static func leaders(_ count: Int, tags: [Int: String] = [:]) -> [Attendee] {
        (1...count).map {
            Attendee(
                id: "L\($0)", name: "领导\($0)", unit: "市委", unitOrder: 1, precedence: $0, role: .rostrum,
                tags: tags[$0].map { [$0] } ?? [])
        }
    }

    static func audienceOrder(_ plan: SeatPlan, row: Int = 1) -> [Int] {
        plan.assignments.filter { $0.row == row }.sorted { $0.x < $1.x }.map(\.precedence)
    }

    static let rostrumVenue = "name: 主席台\nrostrum:\n  spacing: 1.0\n  rows:\n    - seats: 9\n    - seats: 9\n"

    @Test(
        "§1 table",
        arguments: [
            (2, "convention: cn", [1, 2]), (2, "convention: cn\neven_pair: one_left_of_two", [2, 1]),
            (2, "convention: intl", [2, 1]),
            (5, "convention: cn", [5, 3, 1, 2, 4]), (5, "convention: cn\neven_pair: one_left_of_two", [5, 3, 1, 2, 4]),
            (5, "convention: intl", [4, 2, 1, 3, 5]),
            (6, "convention: cn", [5, 3, 1, 2, 4, 6]),
            (6, "convention: cn\neven_pair: one_left_of_two", [6, 4, 2, 1, 3, 5]),
            (6, "convention: intl", [6, 4, 2, 1, 3, 5]),
            (7, "convention: cn", [7, 5, 3, 1, 2, 4, 6]),
            (7, "convention: cn\neven_pair: one_left_of_two", [7, 5, 3, 1, 2, 4, 6]),
            (7, "convention: intl", [6, 4, 2, 1, 3, 5, 7]),
            (8, "convention: cn", [7, 5, 3, 1, 2, 4, 6, 8]),
            (8, "convention: cn\neven_pair: one_left_of_two", [8, 6, 4, 2, 1, 3, 5, 7]),
            (8, "convention: intl", [8, 6, 4, 2, 1, 3, 5, 7]),
        ])
    func rostrumTable(count: Int, rules: String, expected: [Int]) throws {
        let plan = try Self.planAndCheck(venue: Self.rostrumVenue, roster: Self.leaders(count), rules: rules)
        #expect(Self.audienceOrder(plan) == expected)
    }

    @Test("R1.4: same order, different x with centre_on_1")
    func alignment() throws {
        let between = try Self.planAndCheck(venue: Self.rostrumVenue, roster: Self.leaders(6))
        let onOne = try Self.planAndCheck(
            venue: Self.rostrumVenue, roster: Self.leaders(6), rules: "even_alignment: centre_on_1\n")
        #expect(Self.audienceOrder(between) == Self.audienceOrder(onOne))
        #expect(between.assignments.first { $0.precedence == 1 }?.x == -0.5)
        #expect(onOne.assignments.first { $0.precedence == 1 }?.x == 0)
    }

    @Test("R1.6: several rows, each laid out by its own parity")
    func multiRow() throws {
        let plan = try Self.planAndCheck(venue: Self.rostrumVenue, roster: Self.leaders(15))
        #expect(Self.audienceOrder(plan, row: 1) == [9, 7, 5, 3, 1, 2, 4, 6, 8])
        #expect(Self.audienceOrder(plan, row: 2) == [14, 12, 10, 11, 13, 15])
    }

    @Test("R1.5, R1.7, R1.8: co-principals, host seat and pins pass the checker")
    func rostrumSettings() throws {
        let co = try Self.planAndCheck(
            venue: Self.rostrumVenue, roster: Self.leaders(5), rules: "co_principals: true\n")
        #expect(Self.audienceOrder(co) == [4, 2, 1, 3, 5])
        let host = try Self.planAndCheck(
            venue: Self.rostrumVenue, roster: Self.leaders(12, tags: [12: "host"]), rules: "host_seat: front_end\n")
        #expect(host.assignments.first { $0.attendee == "L12" }?.row == 1)
        let pinned = try Self.planAndCheck(
            venue: Self.rostrumVenue, roster: Self.leaders(5), rules: "pins: {L4: rostrum-1-C}\n")
        #expect(pinned.assignments.first { $0.attendee == "L4" }?.seat == "rostrum-1-C")
    }

    static func members(_ units: [(String, Int)]) -> [Attendee] {
        var people: [Attendee] = []
        for (index, (unit, size)) in units.enumerated() {
            for _ in 0..<size {
                let number = people.count + 1
                people.append(
                    Attendee(
                        id: "M\(number)", name: "代表\(number)", unit: unit, unitOrder: index + 1, precedence: number,
                        role: .member))
            }
        }
        return people
    }

    @Test("A2.4: row fill, 10 seats a row, U1=4, U2=8, U3=3, wrap")
    func wrap() throws {
        let venue = "name: 会场\nhall:\n  numbering: sequential\n  floors:\n    - {floor: 1, rows: [\"1-2: 10\"]}\n"
        let plan = try Self.planAndCheck(
            venue: venue, roster: Self.members([("U1", 4), ("U2", 8), ("U3", 3)]),
            rules: "fill: row\nunit_break: wrap\n")
        let row = { (number: Int) in plan.assignments.filter { $0.row == number }.sorted { $0.x < $1.x }.map(\.unit) }
        #expect(row(1) == ["U1", "U1", "U1", "U1", "U2", "U2", "U2", "U2", "U2", "U2"])
        #expect(row(2) == ["U2", "U2", "U3", "U3", "U3"])
    }

    @Test("A2.2: centre_out, 9 people read 9 7 5 3 1 2 4 6 8")
    func centreOut() throws {
        let venue = "name: 会场\nhall:\n  floors:\n    - {floor: 1, rows: [\"1: 11\"]}\n"
        let plan = try Self.planAndCheck(venue: venue, roster: Self.members([("U1", 9)]), rules: "fill: centre_out\n")
        #expect(plan.assignments.sorted { $0.x < $1.x }.map(\.precedence) == [9, 7, 5, 3, 1, 2, 4, 6, 8])
    }

    static let banquetVenue = """
        name: 宴会厅
        door: {x: 0, y: 20}
        main_table: 主桌
        tables:
          - {name: 主桌, seats: 10, x: 0, y: 5}
        """

    static func banquetRoster() -> [Attendee] {
        [
            Attendee(id: "H", name: "主人", unit: "市政府", unitOrder: 1, precedence: 1, role: .guest, tags: ["host"]),
            Attendee(id: "O", name: "副主人", unit: "市政府", unitOrder: 1, precedence: 10, role: .guest, tags: ["host"]),
        ]
            + (1...8).map {
                Attendee(id: "G\($0)", name: "来宾\($0)", unit: "代表团", unitOrder: 2, precedence: 1 + $0, role: .guest)
            }
    }

    @Test(
        "B3.2/B3.3/B3.4: the 10-seat table",
        arguments: [
            ("banquet_style: cn_host\n", ["R1", "L1", "L4", "R4", "R2", "L2", "R3", "L3"]),
            (
                "banquet_style: cn_host\nbanquet_guest2: second_host_right\n",
                ["R1", "L4", "L1", "R4", "R2", "L2", "R3", "L3"]
            ),
            ("banquet_style: intl\n", ["R1", "L4", "L1", "R4", "R2", "L2", "R3", "L3"]),
        ])
    func tenSeatTable(rules: String, guests: [String]) throws {
        let plan = try Self.planAndCheck(venue: Self.banquetVenue, roster: Self.banquetRoster(), rules: rules)
        let names = ["H", "R1", "R2", "R3", "R4", "O", "L4", "L3", "L2", "L1"]
        let place = { (id: String) in
            plan.assignments.first { $0.attendee == id }.flatMap { Int($0.number) }.map { names[$0 - 1] }
        }
        #expect(place("H") == "H")
        #expect(place("O") == "O")
        #expect((1...8).map { place("G\($0)") } == guests)
    }

    @Test("B3.1: three tables in a row rank centre, right, left")
    func tableOrder() throws {
        let venue = """
            name: 宴会厅
            door: {x: 0, y: 20}
            main_table: 主桌
            tables:
              - {name: 主桌, seats: 4, x: 0, y: 5}
              - {name: 左, seats: 4, x: 4, y: 5}
              - {name: 右, seats: 4, x: -4, y: 5}
            """
        let people = (1...3).map {
            Attendee(id: "U\($0)", name: "团\($0)", unit: "团\($0)", unitOrder: $0, precedence: $0, role: .guest)
        }
        let delegations = people.flatMap { head in
            (0..<4).map {
                Attendee(
                    id: "\(head.id)-\($0)", name: "\(head.name)成员\($0)", unit: head.unit, unitOrder: head.unitOrder,
                    precedence: head.precedence * 10 + $0, role: .guest)
            }
        }
        let plan = try Self.planAndCheck(venue: venue, roster: delegations)
        let table = { (unit: String) in Set(plan.assignments.filter { $0.unit == unit }.compactMap(\.table)) }
        #expect(table("团1") == ["主桌"])
        #expect(table("团2") == ["右"])
        #expect(table("团3") == ["左"])
    }
}
