import SeatPlanCore

extension SeatAssignment {
    /// The assignment with the person's current name, title, rank, role, unit order and tags.
    func refreshed(for person: Attendee) -> SeatAssignment {
        // Nearly everyone is unchanged: keep their assignment as it is (no copy).
        let title = person.title.isEmpty ? nil : person.title
        let tags = person.tags.isEmpty ? nil : person.tags
        if self.name == person.name, self.unit == person.unit, self.precedence == person.precedence,
            self.title == title, self.role == person.role, self.unitOrder == person.unitOrder, self.tags == tags
        {
            return self
        }
        var assignment = self
        assignment.name = person.name
        assignment.unit = person.unit
        assignment.precedence = person.precedence
        assignment.title = title
        assignment.role = person.role
        assignment.unitOrder = person.unitOrder
        assignment.tags = tags
        return assignment
    }
}
