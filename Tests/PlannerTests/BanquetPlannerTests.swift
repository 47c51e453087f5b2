import Planner
import SeatPlanCore
import Testing

@Suite("Banquet planning (docs/protocol.md §3)")
struct BanquetPlannerTests {
    static let venue = """
        name: 宴会厅
        door: {x: 0, y: 20}
        main_table: 主桌
        tables:
          - {name: 主桌, seats: 10, x: 0, y: 4}
          - {grid: 1x2, seats: 8, y: 9, spacing: 4}
        """

    @Test("Hosts take the host seats, guests by precedence in B3.2 order, delegations kept together")
    func banquet() throws {
        let venue = try VenueFile.parse(Self.venue, file: "b.yaml")
        var people: [Attendee] = [
            Attendee(id: "H1", name: "主人", unit: "市政府", unitOrder: 1, precedence: 1, role: .guest, tags: ["host"]),
            Attendee(id: "H2", name: "副主人", unit: "市政府", unitOrder: 1, precedence: 5, role: .guest, tags: ["host"]),
            Attendee(id: "H3", name: "陪同", unit: "市政府", unitOrder: 1, precedence: 6, role: .guest, tags: ["host"]),
        ]
        for index in 1...8 {
            people.append(
                Attendee(
                    id: "G\(index)", name: "贵宾\(index)", unit: "代表团甲", unitOrder: 2, precedence: 1 + index, role: .guest
                ))
        }
        for index in 1...6 {
            people.append(
                Attendee(
                    id: "B\(index)", name: "客人\(index)", unit: "代表团乙", unitOrder: 3, precedence: 20 + index,
                    role: .guest))
        }
        let plan = try MeetingPlanner(venue: venue).plan(Roster(attendees: people, source: "t"))
        #expect(plan.unseated.isEmpty)
        let seat = { (id: String) in plan.assignments.first { $0.attendee == id } }
        #expect(seat("H1")?.seat == "t主桌-1")
        // Host seats of tables 1 and 2 go to the next hosts in order.
        #expect(seat("H2")?.seat == "t1-1")
        #expect(seat("H3")?.seat == "t2-1")
        // Guest 1 at the host's right (position 2), guest 2 at the host's left (position 10).
        #expect(seat("G1")?.seat == "t主桌-2")
        #expect(seat("G2")?.seat == "t主桌-10")
        // Delegation 乙 (6 people) fits one table and is not split.
        #expect(Set(plan.assignments.filter { $0.unit == "代表团乙" }.compactMap(\.table)).count == 1)
    }
}
