import ExchangeBridge
import Foundation
import HTTPTypes
import SeatPlanCore
import VenueLibrary

/// The shipped venues a new meeting can be held in, and the setup a new meeting starts with.
enum VenueChoices {
    struct Choice: Encodable, Sendable {
        let name: String
        let title: String
        let seats: Int
    }

    /// The shipped venues with their printed names and seat counts (read once).
    static func shipped() throws -> [String: [Choice]] {
        ["venues": try choices.get()]
    }

    private static let choices = Result { () throws -> [Choice] in
        var choices: [Choice] = []
        for name in VenueLibrary.venueNames where name != "breakout-rooms" {
            guard let url = VenueLibrary.url(forVenue: name) else { continue }
            let venue = try VenueFile.read(contentsOf: url)
            choices.append(
                Choice(name: name, title: venue.name, seats: venue.seats.count + (venue.rostrum?.capacity ?? 0)))
        }
        return choices
    }

    /// A new meeting's setup: the shipped venue `venue`, and the shipped breakout rooms with the
    /// demo meeting's rules for discussion groups.
    static func setup(venue: String, date: String) throws -> MeetingSetup {
        guard VenueLibrary.venueNames.contains(venue), let url = VenueLibrary.url(forVenue: venue) else {
            let known = VenueLibrary.venueNames.joined(separator: ", ")
            throw APIError(.unprocessableContent, "venue '\(venue)' is not a shipped venue; use one of \(known)")
        }
        let rooms = VenueLibrary.url(forVenue: "breakout-rooms").flatMap {
            try? String(contentsOf: $0, encoding: .utf8)
        }
        let rules = VenueLibrary.demoMeetingDirectory.flatMap {
            try? String(contentsOf: $0.appendingPathComponent("groups.yaml"), encoding: .utf8)
        }
        return MeetingSetup(
            venueName: venue, venueYAML: try String(contentsOf: url, encoding: .utf8), date: date, roomsYAML: rooms,
            groupRulesYAML: rules)
    }
}
