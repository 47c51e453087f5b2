import SeatPlanCore

/// A plan laid over its venue: every assignment with the venue seat it names, checked, for the
/// printed outputs.
public struct PlacedPlan: Sendable {
    /// One seated person.
    public struct Entry: Sendable {
        /// The assignment as the plan gives it.
        public let assignment: SeatAssignment
        /// The venue seat (hall or table); `nil` for rostrum chairs, which the venue places per
        /// occupancy (their position is in the assignment).
        public let seat: Seat?
        /// Whether the chart marks this seat as changed by the last re-plan (moved or newly seated).
        public var isHighlighted = false
    }

    /// The venue.
    public let venue: Venue
    /// The plan.
    public let plan: SeatPlan
    /// Every assignment with its seat, in plan order.
    public let entries: [Entry]

    /// Pairs each assignment with its seat; with `highlightChanges`, the seats of people the
    /// plan's last re-plan moved or seated are marked (``Entry/isHighlighted``).
    ///
    /// - Throws: ``RenderError/planDoesNotMatchVenue(venue:missingSeats:)`` when the plan names
    ///   seats the venue does not have.
    public init(plan: SeatPlan, venue: Venue, highlightChanges: Bool = false) throws(RenderError) {
        let changed =
            highlightChanges
            ? Set((plan.changes?.moved.map(\.attendee) ?? []) + (plan.changes?.seated.map(\.attendee) ?? [])) : []
        let seats = Dictionary(uniqueKeysWithValues: venue.seats.map { ($0.id, $0) })
        let rostrumRows = Set(venue.rostrum?.rows.map(\.number) ?? [])
        var entries: [Entry] = []
        var missing: [String] = []
        for assignment in plan.assignments {
            if assignment.area == .rostrum {
                if let chair = RostrumChairID(assignment.seat), rostrumRows.contains(chair.row) {
                    entries.append(
                        Entry(assignment: assignment, seat: nil, isHighlighted: changed.contains(assignment.attendee)))
                } else {
                    missing.append(assignment.seat)
                }
            } else if let seat = seats[assignment.seat] {
                entries.append(
                    Entry(assignment: assignment, seat: seat, isHighlighted: changed.contains(assignment.attendee)))
            } else {
                missing.append(assignment.seat)
            }
        }
        if !missing.isEmpty { throw .planDoesNotMatchVenue(venue: venue.name, missingSeats: missing) }
        self.venue = venue
        self.plan = plan
        self.entries = entries
    }

    /// The entries of one area.
    public func entries(in area: SeatArea) -> [Entry] {
        entries.filter { $0.assignment.area == area }
    }
}
