import Optimization
import SeatPlanCore

/// The outcome of planning the rostrum.
public struct RostrumPlan: Sendable {
    /// Seated people with their chairs, most honoured first.
    public var seats: [(attendee: Attendee, slot: RostrumSlot)]
    /// People who could not be seated, with the reason.
    public var unseated: [UnseatedAttendee]
    /// The assignment program's result.
    public var solve: SolveResult
}

/// Seats people with role `rostrum` by precedence per protocol.md §1, as an assignment
/// integer program solved with GLPK.
///
/// The rules fix how many people sit in each row (front rows first) and where each chair stands;
/// the program assigns people to chairs minimising Σ (order − honour)², so that with no other
/// constraint its unique optimum is the protocol order. Each person may only take chairs of the
/// row their rank falls in, which keeps the model at Σ rowᵢ² variables instead of n².
public struct RostrumPlanner: Sendable {
    /// The rostrum to plan.
    public let rostrum: Rostrum
    /// The protocol settings.
    public let rules: ProtocolRules

    /// Creates a planner.
    public init(rostrum: Rostrum, rules: ProtocolRules = ProtocolRules()) {
        self.rostrum = rostrum
        self.rules = rules
    }

    /// Plans the rostrum for `attendees` (only those with role `rostrum` are considered).
    public func plan(_ attendees: [Attendee], options: SolveOptions = SolveOptions()) throws -> RostrumPlan {
        let leaders = attendees.enumerated()
            .filter { $0.element.role == .rostrum }
            .sorted { ($0.element.precedence, $0.offset) < ($1.element.precedence, $1.offset) }
            .map(\.element)
        let capacity = rostrum.capacity
        let seated = Array(leaders.prefix(capacity))
        let unseated = leaders.dropFirst(capacity).map {
            UnseatedAttendee(
                attendee: $0.id,
                reason: "the rostrum has \(capacity) seats and \(leaders.count) people have role rostrum; precedence \($0.precedence) is below the last seat")
        }
        let slots = RostrumLayout.slots(
            for: rostrum, occupancy: RostrumLayout.occupancy(of: rostrum, people: seated.count), rules: rules)

        var model = LinearModel(sense: .minimize)
        var choices: [(person: Int, slot: Int, variable: VariableID)] = []
        var seatTerms = Array(repeating: [LinearTerm](), count: slots.count)
        for (person, _) in seated.enumerated() {
            let row = slots[person].row
            var personTerms: [LinearTerm] = []
            for (index, slot) in slots.enumerated() where slot.row == row {
                let distance = Double(person + 1 - slot.honour)
                let variable = try model.addVariable(kind: .binary, objective: distance * distance)
                choices.append((person, index, variable))
                personTerms.append(LinearTerm(variable, 1))
                seatTerms[index].append(LinearTerm(variable, 1))
            }
            try model.addConstraint("person\(person + 1)", personTerms, .equal(1))
        }
        for (index, terms) in seatTerms.enumerated() {
            try model.addConstraint("seat\(index + 1)", terms, .lessOrEqual(1))
        }

        let result = try GLPKSolver.solve(model, options: options)
        var seats: [(attendee: Attendee, slot: RostrumSlot)] = []
        if result.hasSolution {
            for choice in choices where (result.value(of: choice.variable) ?? 0) > 0.5 {
                seats.append((seated[choice.person], slots[choice.slot]))
            }
            seats.sort { $0.slot.honour < $1.slot.honour }
        }
        let failed = result.hasSolution ? [] : seated.map {
            UnseatedAttendee(attendee: $0.id, reason: "the rostrum plan could not be solved (\(result.status.rawValue))")
        }
        return RostrumPlan(seats: seats, unseated: unseated + failed, solve: result)
    }
}
