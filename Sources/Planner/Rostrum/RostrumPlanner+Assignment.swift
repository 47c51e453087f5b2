import Optimization
import SeatPlanCore

/// The GLPK step of ``RostrumPlanner``: the assignment of people to the chairs of their row,
/// minimising Σ (order − honour)², with fixed people on their chairs.
extension RostrumPlanner {
    /// One binary variable per person and chair of their row (only their own chair for a fixed
    /// person, no fixed person's chair for the others), costing (order − honour)².
    struct AssignmentModel {
        var model = LinearModel(sense: .minimize)
        var choices: [(person: Attendee, slot: Int, variable: VariableID)] = []
    }

    /// Builds the assignment model: each person on exactly one chair, each chair at most one person.
    func assignmentModel(_ members: [[Attendee]], slots: [RostrumSlot], fixed: FixedChairs, order: [String: Int]) throws
        -> AssignmentModel
    {
        var built = AssignmentModel()
        var seatTerms = Array(repeating: [LinearTerm](), count: slots.count)
        for (rowOffset, rowMembers) in members.enumerated() {
            for person in rowMembers {
                var personTerms: [LinearTerm] = []
                for (index, slot) in slots.enumerated() where slot.row == rowOffset + 1 {
                    if let chair = fixed.slotOf[person.id], chair != index { continue }
                    if fixed.slotOf[person.id] == nil, fixed.owner[index] != nil { continue }
                    let distance = Double((order[person.id] ?? 0) - slot.honour)
                    let variable = try built.model.addVariable(kind: .binary, objective: distance * distance)
                    built.choices.append((person, index, variable))
                    personTerms.append(LinearTerm(variable, 1))
                    seatTerms[index].append(LinearTerm(variable, 1))
                }
                try built.model.addConstraint("person \(person.id)", personTerms, .equal(1))
            }
        }
        for (index, terms) in seatTerms.enumerated() where !terms.isEmpty {
            try built.model.addConstraint("chair \(slots[index].id)", terms, .lessOrEqual(1))
        }
        return built
    }

    /// Solves the assignment with GLPK and reads back who sits where, the objective, bound and
    /// status; when there is no solution everyone on the rostrum is unseated.
    func solveAssignment(
        _ members: [[Attendee]], slots: [RostrumSlot], fixed: FixedChairs, order: [String: Int], options: SolveOptions,
        into area: inout AreaPlan
    ) throws {
        let built = try assignmentModel(members, slots: slots, fixed: fixed, order: order)
        let result = try GLPKSolver.solve(built.model, options: options)
        guard result.hasSolution else {
            area.unseated += members.flatMap { $0 }.map {
                UnseatedAttendee(
                    attendee: $0.id, reason: "the rostrum plan could not be solved (\(result.status.rawValue))")
            }
            area.status = .infeasible
            return
        }
        for choice in built.choices where (result.value(of: choice.variable) ?? 0) > 0.5 {
            area.placed.append(PlacedAttendee(attendee: choice.person, seat: .rostrum(slots[choice.slot])))
        }
        area.objective = result.objective ?? 0
        area.bound = result.bound ?? area.objective
        area.status = result.status == .optimal ? .optimal : .feasible
        if !fixed.slotOf.isEmpty {
            area.notes.append("rostrum: \(fixed.slotOf.count) people placed by pin or host seat")
        }
    }
}
