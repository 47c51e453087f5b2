import SeatPlanCore

/// Whether a plan was made for this venue: a plan made for another venue (or edited by hand)
/// names seats the venue lacks, and re-planning it would go wrong.
enum PlanFit {
    /// - Throws: ``PlanningError`` naming the venue or the missing seats.
    static func check(_ plan: SeatPlan, venue: Venue) throws(PlanningError) {
        guard plan.venue == venue.name else {
            throw PlanningError([
                "the plan was made for venue '\(plan.venue)', not '\(venue.name)' (\(venue.source)); give the venue "
                    + "file the plan was made for"
            ])
        }
        let rows = Set(venue.rostrum?.rows.map(\.number) ?? [])
        let seatPositions = venue.seatPositions
        let missing = plan.assignments.filter { assignment in
            if seatPositions[assignment.seat] != nil { return false }
            guard let chair = RostrumChairID(assignment.seat) else { return true }
            return !rows.contains(chair.row)
        }
        guard missing.isEmpty else {
            let examples = missing.prefix(5).map { "\($0.seat) (\($0.attendee))" }.joined(separator: ", ")
            throw PlanningError([
                "the plan (venue '\(plan.venue)') names \(missing.count) seat\(missing.count == 1 ? "" : "s") that "
                    + "venue '\(venue.name)' does not have: \(examples)\(missing.count > 5 ? ", …" : ""); re-plan with "
                    + "the venue the plan was made for"
            ])
        }
    }
}
