import Foundation

/// The venue files shipped in `Venues/`, and the demo meeting, bundled with the program so that
/// `seatplan demo` runs from any directory.
public enum VenueLibrary {
    /// The names of the shipped venues (file names without `.yaml`).
    public static let venueNames = ["municipal-hall", "great-hall", "banquet-hall", "breakout-rooms", "boardroom"]

    /// The bundled copy of a shipped venue file, e.g. `url(forVenue: "municipal-hall")`.
    public static func url(forVenue name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: "yaml")
    }

    /// The bundled demo meeting's folder (meeting.yaml, roster.csv).
    public static var demoMeetingDirectory: URL? {
        Bundle.module.url(forResource: "demo-meeting", withExtension: nil)
    }
}
