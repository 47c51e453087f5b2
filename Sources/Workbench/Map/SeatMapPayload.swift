/// The seat map's data (`GET /api/meetings/{id}/map`): the venue to scale, the units' chart
/// colours and the people in their seats, as one JSON object holding the members of a
/// ``VenuePart`` and a ``VersionPart``. Coordinates are metres: `x` to the audience's right of
/// the stage centre line, `y` away from the stage edge (rostrum chairs have `y < 0`).
enum SeatMapPayload {
    struct MeetingRef: Encodable, Sendable {
        let id: Int64
        let name: String
    }

    struct Bounds: Encodable, Sendable {
        let minX: Double
        let maxX: Double
        let minY: Double
        let maxY: Double
    }

    struct VenueShape: Encodable, Sendable {
        let name: String
        let floors: [Int]
        let hasRostrum: Bool
        let hasTables: Bool
        let bounds: Bounds
    }

    struct UnitTone: Encodable, Sendable {
        let name: String
        let number: Int
        let fill: String
        let ink: String
    }

    struct SeatShape: Encodable, Sendable {
        let id: String
        let x: Double
        let y: Double
        let floor: Int?
        let row: Int?
        let number: String
        let block: String?
        let table: String?
        let label: String
        let zones: [String]
        let unavailable: String?
    }

    struct BlockShape: Encodable, Sendable {
        let floor: Int
        let name: String
        let minX: Double
        let maxX: Double
        let minY: Double
        let maxY: Double
    }

    struct TableShape: Encodable, Sendable {
        let name: String
        let x: Double
        let y: Double
        let radius: Double
    }

    struct Person: Encodable, Sendable {
        let attendee: String
        let name: String
        let unit: String
        let title: String?
        let precedence: Int
        let role: String?
        let seat: String
        let label: String
        let area: String
        let floor: Int?
        let x: Double
        let y: Double
        let initials: String
        let pinyin: String
    }

    struct Unseated: Encodable, Sendable {
        let attendee: String
        let reason: String
    }

    /// The part of the map that depends only on the venue: built once per meeting.
    struct VenuePart: Encodable, Sendable {
        let venue: VenueShape
        let seats: [SeatShape]
        let blocks: [BlockShape]
        let tables: [TableShape]
    }

    /// The part that depends on the plan version.
    struct VersionPart: Encodable, Sendable {
        let meeting: MeetingRef
        let version: Int
        let latestVersion: Int
        let units: [UnitTone]
        let people: [Person]
        let unseated: [Unseated]
        /// Seats taken out of use by late changes (`block_seat`).
        let blocked: [String]
    }
}
