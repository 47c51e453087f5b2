import Foundation
import Testing

@testable import Render

@Suite struct BanquetPlanNameTagsTests {
    /// Seats on a ring of `radius` points round `centre`, like a round table's.
    private func ring(_ table: String, seats: Int, centre: PagePoint, radius: Double) -> [(
        id: String, centre: PagePoint
    )] {
        (0..<seats).map { index in
            let angle = Double(index) / Double(seats) * 2 * Double.pi
            return (
                "\(table)-\(index)", PagePoint(x: centre.x + radius * cos(angle), y: centre.y + radius * sin(angle))
            )
        }
    }

    @Test func tagsAreAllTheSameSizeAndNeverTouch() {
        let tables = [
            ring("a", seats: 10, centre: PagePoint(x: 100, y: 100), radius: 28),
            ring("b", seats: 10, centre: PagePoint(x: 175, y: 100), radius: 28),
            ring("main", seats: 16, centre: PagePoint(x: 140, y: -20), radius: 44),
        ]
        let tags = BanquetPlanNameTags(seatsByTable: tables).tags
        #expect(tags.count == 36)
        let widths = Set(tags.map(\.box.width))
        #expect(widths.count == 1)
        #expect((widths.first ?? 0) > 8, "tags keep a readable size")
        for (index, tag) in tags.enumerated() {
            for other in tags[(index + 1)...] {
                let apartX = tag.box.maxX <= other.box.x || other.box.maxX <= tag.box.x
                let apartY = tag.box.maxY <= other.box.y || other.box.maxY <= tag.box.y
                #expect(apartX || apartY, "\(tag.seatID) overlaps \(other.seatID)")
            }
        }
    }
}
