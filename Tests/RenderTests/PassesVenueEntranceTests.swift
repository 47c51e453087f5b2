import Render
import SeatPlanCore
import Testing

@Suite("Passes: entrances in venue files")
struct PassesVenueEntranceTests {
    /// A venue file whose floor 1 says `floorLines` (indented under the floor).
    static func venue(floor floorLines: String, hall hallLines: String = "") throws(InputError) -> Venue {
        let text = """
            name: 小礼堂
            hall:
            \(hallLines)
              floors:
                - floor: 1
                  blocks: [左区, 右区]
                  rows: ["1-3: 6|6"]
            \(floorLines)
            """
        return try VenueFile.parse(text, file: "hall.yaml")
    }

    @Test("The block's entrance wins over the floor's, the floor's over the hall's")
    func specificWins() throws {
        let venue = try Self.venue(
            floor: "      entrance: 南门\n      entrances: {左区: 东侧门}", hall: "  entrance: 正门")
        #expect(venue.hallEntrance(floor: 1, block: "左区") == "东侧门")
        #expect(venue.hallEntrance(floor: 1, block: "右区") == "南门")
        let hallOnly = try Self.venue(floor: "", hall: "  entrance: 正门")
        #expect(hallOnly.hallEntrance(floor: 1, block: "右区") == "正门")
        let none = try Self.venue(floor: "")
        #expect(none.hallEntrance(floor: 1, block: "右区") == nil)
        #expect(none.hallEntrance(floor: 2, block: nil) == nil)
    }

    @Test("An entrance for a block the floor does not have names the file, field and blocks")
    func unknownBlock() throws {
        let error = try #require(throws: InputError.self) {
            try Self.venue(floor: "      entrances: {中区: 东侧门}")
        }
        #expect(error.file == "hall.yaml")
        #expect(error.field == "hall.floors[1].entrances.中区")
        #expect(error.message.contains("左区, 右区"))
    }

    @Test("An empty entrance, or entrances that are not a mapping, are errors naming the field")
    func badValues() throws {
        let empty = try #require(throws: InputError.self) { try Self.venue(floor: "      entrance: \"\"") }
        #expect(empty.field == "hall.floors[1].entrance")
        let list = try #require(throws: InputError.self) { try Self.venue(floor: "      entrances: [东门]") }
        #expect(list.field == "hall.floors[1].entrances")
        let rostrum = try #require(throws: InputError.self) {
            try VenueFile.parse("name: 台\nrostrum: {rows: [{seats: 3}], entrance: [a, b]}", file: "r.yaml")
        }
        #expect(rostrum.field == "rostrum.entrance")
    }

    @Test("The rostrum's entrance is read")
    func rostrumEntrance() throws {
        let venue = try VenueFile.parse("name: 台\nrostrum: {rows: [{seats: 3}], entrance: 贵宾通道}", file: "r.yaml")
        #expect(venue.rostrum?.entrance == "贵宾通道")
    }
}
