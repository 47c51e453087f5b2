import Foundation
import PlanCheck
import SeatPlanCore
import Testing

@Suite("Plan checker: banquet rules B1–B3")
struct BanquetRuleTests {
    let venue: Venue
    let roster: Roster

    init() throws {
        venue = try Fixtures.banquet()
        var people = [
            Fixtures.person("H1", "市政府", 0, 1, .guest, tags: ["host"]),
            Fixtures.person("H2", "市政府", 0, 2, .guest, tags: ["host"]),
        ]
        people += (3...5).map { Fixtures.person("A\($0)", "甲团", 1, $0, .guest) }
        people += (6...7).map { Fixtures.person("B\($0)", "乙团", 2, $0, .guest) }
        people += (8...10).map { Fixtures.person("C\($0)", "丙团", 3, $0, .guest) }
        roster = Roster(attendees: people, source: "test")
    }

    /// Main table (6): H1 host seat; guests on 2, 6, 5, 3, then the second-host seat 4.
    /// 1号桌 (4): H2 host seat; guests on 2, 4, then the second-host seat 3.
    static let seats: [String: String] = [
        "H1": "t主桌-1", "A3": "t主桌-2", "A4": "t主桌-6", "A5": "t主桌-5", "B6": "t主桌-3", "B7": "t主桌-4",
        "H2": "t1-1", "C8": "t1-2", "C9": "t1-4", "C10": "t1-3",
    ]

    func plan(_ seats: [String: String] = Self.seats) throws -> SeatPlan {
        let assignments = try roster.attendees.map { attendee in
            let id = try #require(seats[attendee.id])
            return try Fixtures.assignment(attendee, seat: try #require(venue.seats.first { $0.id == id }))
        }
        return Fixtures.plan(venue, assignments)
    }

    func check(_ plan: SeatPlan) async -> PlanCheckReport {
        await PlanChecker(venue: venue, roster: roster, rules: PlanningRules()).check(plan)
    }

    @Test("The table order and the hand-made plan agree with TablePrecedence")
    func valid() async throws {
        let order = TablePrecedence.orderedTables(try #require(venue.tables)).map(\.name)
        #expect(order == ["主桌", "1", "2"])
        let report = await check(try plan())
        #expect(report.violations == [])
        #expect(report.unitSplits == 0)
    }

    @Test("B1: a host not on the host seat")
    func host() async throws {
        var seats = Self.seats
        seats["H2"] = "t2-1"
        let report = await check(try plan(seats))
        #expect(report.violations.map(\.rule) == ["B1"])
        #expect(report.violations.first?.attendee == "H2")
    }

    @Test("B1: at a table without a host the most senior person takes the host seat")
    func noHost() async throws {
        var seats = Self.seats
        seats["C8"] = "t2-2"
        seats["C9"] = "t2-1"
        seats["C10"] = "t2-3"
        #expect(Fixtures.rules(await check(try plan(seats))).contains("B1"))
        seats["C8"] = "t2-1"
        seats["C9"] = "t2-3"
        seats["C10"] = "t2-2"
        // Without a host: host seat, second-host seat (opposite), then guest 1's seat.
        #expect(await check(try plan(seats)).violations == [])
    }

    @Test("B2: delegations out of table order")
    func delegationOrder() async throws {
        let swapped: [String: String] = [
            "H1": "t主桌-1", "B6": "t主桌-2", "B7": "t主桌-6", "C8": "t主桌-5", "C9": "t主桌-3", "C10": "t主桌-4",
            "H2": "t1-1", "A3": "t1-2", "A4": "t1-4", "A5": "t1-3",
        ]
        let report = await check(try plan(swapped))
        #expect(report.violations.map(\.rule) == ["B2"])
        #expect(report.violations.first?.attendee == "A3")
    }

    @Test("B3: guests out of seat order at a table")
    func guestOrder() async throws {
        var seats = Self.seats
        (seats["A3"], seats["A4"]) = (seats["A4"], seats["A3"])
        let report = await check(try plan(seats))
        #expect(report.violations.map(\.rule) == ["B3", "B3"])
    }

    @Test("A delegation over two tables counts as a unit split")
    func split() async throws {
        var seats = Self.seats
        // 乙团's B7 moves to 1号桌; 丙团 moves up one seat.
        seats["B7"] = "t1-2"
        seats["C8"] = "t1-4"
        seats["C9"] = "t1-3"
        seats["C10"] = "t主桌-4"
        let report = await check(try plan(seats))
        #expect(report.unitSplits >= 1)
    }
}
