/// The seat ids a change may name: the venue's hall and table seats, and the rostrum chairs
/// `rostrum-<row>-C|L<k>|R<k>` its rows can hold.
struct VenueSeats {
    let venue: Venue
    private let index = SeatIndex()

    init(_ venue: Venue) {
        self.venue = venue
    }

    /// The venue's seats by id, built on first use (most change sets name no seat).
    var byID: [String: Seat] {
        if let built = index.seats { return built }
        let built = Dictionary(venue.seats.map { ($0.id, $0) }) { first, _ in first }
        index.seats = built
        return built
    }

    /// The lazily built index, shared by copies of one ``VenueSeats``.
    private final class SeatIndex {
        var seats: [String: Seat]?
    }

    /// Why `id` names no seat of the venue, or `nil` when it does.
    func problem(with id: String) -> String? {
        if byID[id] != nil { return nil }
        if let chair = RostrumLayout.parse(chairID: id) {
            guard let rostrum = venue.rostrum else { return "venue '\(venue.name)' has no rostrum, so no chair \(id)" }
            guard let row = rostrum.rows.first(where: { $0.number == chair.row }) else {
                return "no chair \(id): the rostrum of '\(venue.name)' has \(rostrum.rows.count) row(s)"
            }
            // Chairs sit at most `capacity` half-spacings from the centre line.
            guard abs(chair.offset) <= row.capacity else {
                return "no chair \(id): rostrum row \(chair.row) seats \(row.capacity)"
            }
            return nil
        }
        let hint = YAMLValue.closest(to: id, among: Array(byID.keys)).map { "; did you mean '\($0)'?" } ?? ""
        return "no seat '\(id)' in the venue '\(venue.name)'\(hint)"
    }

    /// The venue's reason not to use a seat (pillar, camera), if it gives one.
    func unavailableReason(_ id: String) -> String? {
        byID[id]?.unavailableReason
    }
}
