import SeatPlanCore

/// The seat ids a change may name: the venue's hall and table seats, and the rostrum chairs
/// (``RostrumChairID``) its rows can hold.
struct VenueSeats {
    let venue: Venue

    init(_ venue: Venue) {
        self.venue = venue
    }

    /// Why `id` names no seat of the venue, or `nil` when it does.
    func problem(with id: String) -> String? {
        if venue.seat(id: id) != nil { return nil }
        if let chair = RostrumChairID(id) {
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
        let hint =
            SpellingSuggestion.closest(to: id, among: venue.seats.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
        return "no seat '\(id)' in the venue '\(venue.name)'\(hint)"
    }

    /// The venue's reason not to use a seat (pillar, camera), if it gives one.
    func unavailableReason(_ id: String) -> String? {
        venue.seat(id: id)?.unavailableReason
    }
}
