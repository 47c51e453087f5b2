extension Venue {
    /// The venue with the given seats made unavailable ("blocked by a late change").
    public func blocking(_ seatIDs: some Collection<String>) -> Venue {
        guard !seatIDs.isEmpty else { return self }
        let blocked = Set(seatIDs)
        return replacingSeats { seat in
            blocked.contains(seat.id) && seat.isAvailable ? seat.unavailable(because: "blocked by a late change") : seat
        }
    }
}

extension Seat {
    /// The same seat, out of use for `reason`.
    func unavailable(because reason: String) -> Seat {
        var fields = self.fields.value
        fields.unavailableReason = reason
        return Seat(fields)
    }
}

extension PlanningRules {
    /// The rules with the pins of late changes added (a late pin replaces a rules-file pin of
    /// the same person).
    public func addingPins(_ pins: [String: String]) -> PlanningRules {
        guard !pins.isEmpty else { return self }
        var rules = self
        let pinnedSeats = Set(pins.values)
        rules.pins = rules.pins.filter { !pinnedSeats.contains($0.value) }.merging(pins) { _, late in late }
        return rules
    }
}
