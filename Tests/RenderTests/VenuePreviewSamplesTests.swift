import Foundation
import Render
import SeatPlanCore
import Testing

/// Writes the sample previews into `$SEATPLAN_PREVIEW_DIR` for looking at them (pdftoppm, then
/// an image viewer); skipped unless that variable is set.
@Suite struct VenuePreviewSamplesTests {
    private static let directory = ProcessInfo.processInfo.environment["SEATPLAN_PREVIEW_DIR"]

    @Test(.enabled(if: directory != nil)) func writeSamplePreviews() throws {
        let folder = URL(fileURLWithPath: try #require(Self.directory))
        let samples: [(String, Venue)] = [
            ("municipal-hall", try VenuePreviewFixtures.municipalHall()),
            ("curved-hall", try VenuePreviewFixtures.curvedHall()),
            ("banquet", try VenuePreviewFixtures.banquet()),
            ("boardroom", try VenuePreviewFixtures.boardroom()),
            ("rooms", try VenuePreviewFixtures.rooms()),
        ]
        for (name, venue) in samples {
            try VenuePreview(venue: venue).write(to: folder.appendingPathComponent("\(name).pdf"))
        }
    }
}
