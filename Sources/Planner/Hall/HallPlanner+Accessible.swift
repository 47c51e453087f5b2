import Optimization
import SeatPlanCore

/// People tagged `accessible` on the reserved accessible seats, each as near its unit's other
/// members as possible: an assignment program solved with GLPK (people × accessible seats, each
/// person in one seat, each seat at most one person, minimum total distance).
extension HallPlanner {
    /// Where a unit's members sit, on average, and on which floor.
    typealias UnitCentre = (x: Double, y: Double, floor: Int)

    /// Seats `people` on `seats`, near where their units were `placed`.
    func seatAccessible(_ people: [Attendee], seats: [Seat], placed: [PlacedAttendee], order: UnitOrder) throws
        -> AreaPlan
    {
        var area = AreaPlan()
        let ordered = order.people(people)
        let seated = Array(ordered.prefix(seats.count))
        area.unseated += ordered.dropFirst(seats.count).map {
            UnseatedAttendee(
                attendee: $0.id,
                reason: "\(people.count) people are tagged accessible but the venue has \(seats.count) accessible seats"
            )
        }
        guard !seated.isEmpty else { return area }
        let (model, choices) = try accessibleModel(seated, seats: seats, centres: Self.unitCentres(of: placed))
        let result = try GLPKSolver.solve(model, options: SolveOptions(timeLimit: .seconds(5)))
        guard result.hasSolution else {
            area.unseated += seated.map {
                UnseatedAttendee(
                    attendee: $0.id,
                    reason: "the accessible-seat assignment could not be solved (\(result.status.rawValue))")
            }
            area.status = .infeasible
            return area
        }
        for choice in choices where (result.value(of: choice.variable) ?? 0) > 0.5 {
            area.placed.append(PlacedAttendee(attendee: seated[choice.person], seat: .venue(seats[choice.seat])))
        }
        area.status = result.status == .optimal ? .optimal : .feasible
        return area
    }

    /// The assignment program: a binary variable per person and seat, costed by
    /// ``accessibleSeatCost(_:of:centre:zones:)``.
    private func accessibleModel(_ people: [Attendee], seats: [Seat], centres: [String: UnitCentre]) throws
        -> (LinearModel, [(person: Int, seat: Int, variable: VariableID)])
    {
        var model = LinearModel(sense: .minimize)
        var choices: [(person: Int, seat: Int, variable: VariableID)] = []
        var seatTerms = Array(repeating: [LinearTerm](), count: seats.count)
        for (personIndex, person) in people.enumerated() {
            var terms: [LinearTerm] = []
            let zones = rules.zones(for: person.role, in: venue)
            for (seatIndex, seat) in seats.enumerated() {
                let cost = Self.accessibleSeatCost(seat, of: person, centre: centres[person.unit], zones: zones)
                let variable = try model.addVariable(kind: .binary, objective: cost)
                choices.append((personIndex, seatIndex, variable))
                terms.append(LinearTerm(variable, 1))
                seatTerms[seatIndex].append(LinearTerm(variable, 1))
            }
            try model.addConstraint("person\(personIndex + 1)", terms, .equal(1))
        }
        for (index, terms) in seatTerms.enumerated() {
            try model.addConstraint("seat\(index + 1)", terms, .lessOrEqual(1))
        }
        return (model, choices)
    }

    /// The distance from the person's unit (100 more on another floor, 50 more outside the
    /// person's zones); nearer the stage is better for someone whose unit has nobody seated.
    private static func accessibleSeatCost(_ seat: Seat, of person: Attendee, centre: UnitCentre?, zones: [String]?)
        -> Double
    {
        var cost = seat.y
        if let centre {
            cost = ((seat.x - centre.x) * (seat.x - centre.x) + (seat.y - centre.y) * (seat.y - centre.y)).squareRoot()
            if (seat.floor ?? 1) != centre.floor { cost += 100 }
        }
        if let zones, !zones.contains(where: { seat.isIn(zone: $0) }) { cost += 50 }
        return cost
    }

    /// The centre of each unit's seated members.
    private static func unitCentres(of placed: [PlacedAttendee]) -> [String: UnitCentre] {
        var centres: [String: UnitCentre] = [:]
        for (unit, members) in Dictionary(grouping: placed, by: \.attendee.unit) {
            let points = members.compactMap { member -> Seat? in
                if case .venue(let seat) = member.seat { seat } else { nil }
            }
            guard !points.isEmpty else { continue }
            centres[unit] = (
                points.map(\.x).reduce(0, +) / Double(points.count),
                points.map(\.y).reduce(0, +) / Double(points.count),
                points[0].floor ?? 1
            )
        }
        return centres
    }
}
