import Foundation
import SeatPlanCore
import TestSupport
import Testing
import VenueLibrary

@Suite("Venue files")
struct VenueFileTests {
    @Test("The shipped municipal hall loads with its two rostrum rows")
    func shippedVenue() throws {
        let url = try #require(VenueLibrary.url(forVenue: "municipal-hall"))
        let venue = try VenueFile.read(contentsOf: url)
        #expect(venue.name == "市会议中心大礼堂")
        let rostrum = try #require(venue.rostrum)
        #expect(rostrum.rows.map(\.capacity) == [9, 11])
        #expect(rostrum.rows.map(\.y) == [-2.5, -3.7])
        #expect(rostrum.rows.allSatisfy { $0.spacing == 0.9 })
    }

    @Test("The bundled copy is the file in Venues/")
    func bundledCopyMatchesSource() throws {
        for name in VenueLibrary.venueNames {
            let bundled = try Data(contentsOf: try #require(VenueLibrary.url(forVenue: name)))
            let source = try Data(
                contentsOf: SeatPlanBinary.packageRoot.appendingPathComponent("Venues").appendingPathComponent(
                    "\(name).yaml"))
            #expect(bundled == source)
        }
    }

    @Test(
        "Mistakes are located by line and key",
        arguments: [
            ("name: X\nrostrum:\n  rows:\n    - seats: -3\n", 4, "rostrum.rows[1].seats", "out of range"),
            ("name: X\nrostrum:\n  rows:\n    - seats: nine\n", 4, "rostrum.rows[1].seats", "not a whole number"),
            ("name: X\nrostrum:\n  rwos:\n    - seats: 9\n", 3, "rostrum.rwos", "did you mean 'rows'"),
            ("name: X\nrostrum:\n  rows: []\n", 3, "rostrum.rows", "at least one row"),
            ("name: X\nrostrum:\n  spacing: 0\n  rows:\n    - seats: 9\n", 3, "rostrum.spacing", "out of range"),
            ("name: X\nrostrum:\n  front_y: 2\n  rows:\n    - seats: 9\n", 3, "rostrum.front_y", "out of range"),
            ("rostrum:\n  rows:\n    - seats: 9\n", 1, "name", "missing"),
            ("name: X\nname: Y\n", 2, "name", "twice"),
            ("name: X\nrostrum: 9\n", 2, "rostrum", "mapping"),
            ("name: X\nrostrum:\n  rows:\n    seats: 9\n", 4, "rostrum.rows", "list"),
        ] as [(String, Int, String, String)])
    func locatedErrors(text: String, line: Int, field: String, message: String) throws {
        let error = #expect(throws: InputError.self) { try VenueFile.parse(text, file: "venue.yaml") }
        #expect(error?.file == "venue.yaml")
        #expect(error?.line == line)
        #expect(error?.field == field)
        #expect(error?.message.contains(message) == true, "message: \(error?.message ?? "none")")
    }

    @Test("Broken YAML syntax is reported with its line")
    func brokenSyntax() throws {
        let error = #expect(throws: InputError.self) {
            try VenueFile.parse("name: X\nrostrum:\n  rows: [\n", file: "v.yaml")
        }
        #expect(error?.line != nil)
        #expect(error?.message.contains("YAML") == true)
    }

    @Test("Rows are given as ranges, as counts of rows, or as mappings, in any mix")
    func rowForms() throws {
        let venue = try VenueFile.parse(
            """
            name: 行式
            hall:
              floors:
                - floor: 1
                  front: 3
                  blocks: [左区, 右区]
                  rows: ["1-2: 4|4", "3 rows of 2|3 seats", "2 row: 1|1", "1 rows:5|0", {count: 1, seats: 6|6}, \
            {rows: 10, seats: [2, 2]}]
            """, file: "rows.yaml")
        let rows = try #require(venue.hall?.floors.first?.rows)
        #expect(rows.map(\.number) == Array(1...10))
        #expect(
            rows.map(\.seatsPerBlock) == [
                [4, 4], [4, 4], [2, 3], [2, 3], [2, 3], [1, 1], [1, 1], [5, 0], [6, 6], [2, 2],
            ])
        let error = #expect(throws: InputError.self) {
            try VenueFile.parse(
                "name: X\nhall:\n  floors:\n    - {floor: 1, front: 3, blocks: [中区], rows: [\"0 rows of 4\"]}\n",
                file: "v.yaml")
        }
        #expect(error?.message.contains("needs a row count of at least 1") == true)
    }
}

@Suite("Meeting files")
struct MeetingFileTests {
    @Test("The demo meeting resolves its venue and roster")
    func demoMeeting() throws {
        let folder = try #require(VenueLibrary.demoMeetingDirectory)
        let meeting = try MeetingFile.read(contentsOf: folder.appendingPathComponent("meeting.yaml"))
        #expect(meeting.title == "全市经济工作会议")
        #expect(meeting.venue.lastPathComponent == "municipal-hall.yaml")
        #expect(FileManager.default.fileExists(atPath: meeting.roster.path))
    }

    @Test("A missing roster file is named in the error")
    func missingRoster() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("meeting-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("meeting.yaml")
        try Data("title: T\nvenue: v.yaml\nroster: nowhere.csv\n".utf8).write(to: file)
        try Data("name: V\n".utf8).write(to: folder.appendingPathComponent("v.yaml"))
        let error = #expect(throws: InputError.self) { try MeetingFile.read(contentsOf: file) }
        #expect(error?.field == "roster")
        #expect(error?.line == 3)
        #expect(error?.message.contains("nowhere.csv") == true)
    }
}
