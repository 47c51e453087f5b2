import Optimization
import SeatPlanCore

/// Gives each group a room (G4.4): capacity at least members + staff seats, and rooms by group
/// precedence: the most senior group gets the best room (the first listed in the venue file)
/// that it fits, and so on down.
///
/// An assignment program solved with GLPK: v[g,r] = 1 when group g (0 = most senior) meets in
/// room r (0 = best), for rooms that hold it; each group one room, each room at most one group;
/// minimise Σ r · (G − g) · v, which by the rearrangement inequality gives the senior groups the
/// better rooms wherever capacities allow.
struct RoomAssignment {
    let rooms: [Room]
    let staffSeats: Int

    /// Room indexes per group, or `nil` when no assignment exists.
    func assign(groupSizes: [Int], options: SolveOptions) throws -> (rooms: [Int]?, result: SolveResult) {
        var model = LinearModel(sense: .minimize)
        let groupCount = groupSizes.count
        var perRoom: [[LinearTerm]] = Array(repeating: [], count: rooms.count)
        var choices: [[(room: Int, variable: VariableID)]] = []
        for (g, size) in groupSizes.enumerated() {
            var row: [(room: Int, variable: VariableID)] = []
            for (r, room) in rooms.enumerated() where room.capacity >= size + staffSeats {
                let variable = try model.addVariable(kind: .binary, objective: Double(r * (groupCount - g)))
                row.append((r, variable))
                perRoom[r].append(LinearTerm(variable, 1))
            }
            try model.addConstraint("", row.map { LinearTerm($0.variable, 1) }, .equal(1))
            choices.append(row)
        }
        for terms in perRoom where !terms.isEmpty { try model.addConstraint("", terms, .lessOrEqual(1)) }
        let result = try GLPKSolver.solve(model, options: options)
        guard result.hasSolution else { return (nil, result) }
        let assigned = choices.map { row in row.first { (result.value(of: $0.variable) ?? 0) > 0.5 }?.room ?? -1 }
        return (assigned.contains(-1) ? nil : assigned, result)
    }
}
