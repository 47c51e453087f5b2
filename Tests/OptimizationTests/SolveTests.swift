import Foundation
import Optimization
import Testing

@Suite("Solving with GLPK")
struct SolveTests {
    @Test("A 0-1 knapsack solves to its known optimum, which its LP relaxation exceeds")
    func knapsackOptimum() throws {
        var model = LinearModel(sense: .maximize)
        let values = [8.0, 11, 6, 4]
        let weights = [5.0, 7, 4, 3]
        let items = try values.enumerated().map {
            try model.addVariable("item\($0.offset)", kind: .binary, objective: $0.element)
        }
        try model.addConstraint("weight", zip(items, weights).map { LinearTerm($0, $1) }, .lessOrEqual(14))

        let result = try GLPKSolver.solve(model)

        #expect(result.status == .optimal)
        #expect(result.stopReason == nil)
        #expect(result.objective == 21)
        #expect(result.bound == 21)
        #expect(result.gap == 0)
        #expect(items.map { result.value(of: $0) } == [0, 1, 1, 1])
    }

    @Test("An integer program whose LP optimum is fractional gets an integral answer")
    func integerRounding() throws {
        var model = LinearModel(sense: .maximize)
        let x = try model.addVariable("x", kind: .integer, lowerBound: 0, objective: 1)
        let y = try model.addVariable("y", kind: .integer, lowerBound: 0, objective: 1)
        try model.addConstraint("c1", [x: 2, y: 2], .lessOrEqual(7))
        try model.addConstraint("c2", [x: 1], .lessOrEqual(2.5))

        let result = try GLPKSolver.solve(model)

        #expect(result.status == .optimal)
        #expect(result.objective == 3)
        let xValue = try #require(result.value(of: x))
        #expect(xValue == xValue.rounded())
    }

    @Test("A linear program reports its optimum and values")
    func linearProgram() throws {
        var model = LinearModel(sense: .minimize)
        let x = try model.addVariable("x", lowerBound: 0, objective: 2)
        let y = try model.addVariable("y", lowerBound: 0, objective: 3)
        try model.addConstraint("demand", [x: 1, y: 1], .greaterOrEqual(10))
        try model.addConstraint("limit", [x: 1], .range(0, 4))
        try model.setObjectiveConstant(5)

        let result = try GLPKSolver.solve(model)

        #expect(result.status == .optimal)
        let objective = try #require(result.objective)
        #expect(abs(objective - 31) < 1e-9, "objective \(objective)")
        #expect(result.value(of: x) == 4)
        #expect(result.value(of: y) == 6)
    }

    @Test("Contradictory constraints are reported infeasible", arguments: [false, true])
    func infeasibleLinear(presolve: Bool) throws {
        var model = LinearModel()
        let x = try model.addVariable("x", kind: .integer, lowerBound: 0, upperBound: 10, objective: 1)
        try model.addConstraint("atLeast", [x: 1], .greaterOrEqual(3))
        try model.addConstraint("atMost", [x: 1], .lessOrEqual(2))

        let result = try GLPKSolver.solve(model, options: SolveOptions(presolve: presolve))

        #expect(result.status == .infeasible)
        #expect(!result.hasSolution)
        #expect(result.values.isEmpty)
    }

    @Test("A model feasible only with fractions is infeasible as an integer program")
    func infeasibleInteger() throws {
        var model = LinearModel()
        let x = try model.addVariable("x", kind: .integer, lowerBound: 0, upperBound: 5)
        try model.addConstraint("half", [x: 2], .equal(1))

        #expect(try GLPKSolver.solve(model).status == .infeasible)
    }

    @Test("An objective that grows without limit is reported unbounded", arguments: [false, true])
    func unbounded(integer: Bool) throws {
        var model = LinearModel(sense: .maximize)
        let x = try model.addVariable("x", kind: integer ? .integer : .continuous, lowerBound: 0, objective: 1)
        let y = try model.addVariable("y", lowerBound: 0, objective: 1)
        try model.addConstraint("tie", [x: 1, y: -1], .lessOrEqual(1))

        #expect(try GLPKSolver.solve(model).status == .unbounded)
    }

    @Test("Repeated variables in a constraint are summed, not passed to GLPK twice")
    func repeatedTermsMerge() throws {
        var model = LinearModel(sense: .maximize)
        let x = try model.addVariable("x", lowerBound: 0, objective: 1)
        let constraint = try model.addConstraint(
            "twice", [LinearTerm(x, 1), LinearTerm(x, 1), LinearTerm(x, 0)], .lessOrEqual(6))

        #expect(model.constraints[constraint.index].terms == [LinearTerm(x, 2)])
        #expect(try GLPKSolver.solve(model).objective == 3)
    }

    @Test("An empty model is trivially optimal")
    func emptyModel() throws {
        var model = LinearModel()
        try model.setObjectiveConstant(4)
        let result = try GLPKSolver.solve(model)
        #expect(result.status == .optimal)
        #expect(result.objective == 4)
    }

    @Test("A model with variables and no constraints solves at its bounds")
    func noConstraints() throws {
        var model = LinearModel(sense: .maximize)
        let x = try model.addVariable("x", kind: .integer, lowerBound: -2, upperBound: 7, objective: 1)
        let result = try GLPKSolver.solve(model)
        #expect(result.status == .optimal)
        #expect(result.value(of: x) == 7)
    }
}
