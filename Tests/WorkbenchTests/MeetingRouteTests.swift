import Foundation
import HTTPTypes
import Testing

@Suite("Workbench: meetings, overview, map and search")
struct MeetingRouteTests {
    @Test("The demo store lists its meeting with a plan; the overview shows units, reminders and versions")
    func overview() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let (status, list) = try await client.getJSON("/api/meetings")
            #expect(status == .ok)
            let meeting = try #require(list.list("meetings").first)
            #expect(meeting.text("name") == "全市经济工作会议")
            #expect(meeting.int("latestVersion") == 1)

            let (_, overview) = try await client.getJSON("/api/meetings/1")
            let counts = overview.object("counts")
            #expect(counts.int("units") == 40)
            #expect(counts.int("submitted") == 40)
            #expect(counts.int("people") == 350)
            #expect(counts.int("remindersQueued") == 2)
            #expect(overview.list("units").allSatisfy { $0.text("status") == "submitted" })
            #expect(overview.list("versions").map { $0.int("version") } == [1])
        }
    }

    @Test("The map holds every seat of the venue and every seated person, coloured by unit")
    func map() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let (status, map) = try await client.getJSON("/api/meetings/1/map")
            #expect(status == .ok)
            #expect(map.int("version") == 1)
            let seats = map.list("seats")
            #expect(seats.count > 300)
            let people = map.list("people")
            #expect(people.count == 350)
            let seatIDs = Set(seats.compactMap { $0.text("id") })
            // Hall people sit on seats of the venue; rostrum chairs are placed per occupancy.
            #expect(people.filter { $0.text("area") == "hall" }.allSatisfy { seatIDs.contains($0.text("seat") ?? "") })
            let units = Set(map.list("units").compactMap { $0.text("name") })
            #expect(Set(people.compactMap { $0.text("unit") }).isSubset(of: units))
            #expect(map.list("units").allSatisfy { ($0.text("fill") ?? "").hasPrefix("#") })
            let first = try #require(people.first { $0.text("name") == "张明国" })
            #expect(first.text("initials") == "zmg")
            #expect(first.text("pinyin") == "zhangmingguo")
        }
    }

    @Test("Search finds a person by pinyin initials, name, id and unit")
    func search() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            for query in ["zmg", "张明国", "A00001", "zhangming"] {
                let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                let (_, answer) = try await client.getJSON("/api/meetings/1/search?q=\(encoded)")
                #expect(answer.list("results").first?.text("name") == "张明国", "query \(query)")
            }
            let (_, none) = try await client.getJSON("/api/meetings/1/search?q=qqqqqq")
            #expect(none.list("results").isEmpty)
        }
    }

    @Test("A meeting created in a shipped venue starts without units or plan; a bad venue is refused")
    func createMeeting() async throws {
        let fixture = try await WorkbenchFixture.demo()
        try await fixture.test { client in
            let (created, answer) = try await client.postJSON(
                "/api/meetings", ["name": "全市安全生产工作会议", "venue": "great-hall", "date": "2026-12-10"])
            #expect(created == .created)
            let id = try #require(answer.int("id"))
            let (_, overview) = try await client.getJSON("/api/meetings/\(id)")
            #expect(overview.text("venue") == "万人大礼堂")
            #expect(overview.list("units").isEmpty)
            let (noPlan, _) = try await client.getJSON("/api/meetings/\(id)/map")
            #expect(noPlan == .notFound)
            let (again, _) = try await client.postJSON(
                "/api/meetings", ["name": "全市安全生产工作会议", "venue": "great-hall"])
            #expect(again == .conflict)
            let (badVenue, error) = try await client.postJSON("/api/meetings", ["name": "X", "venue": "moon"])
            #expect(badVenue == .unprocessableContent)
            #expect(error.object("error").text("message")?.contains("moon") == true)
        }
    }
}
