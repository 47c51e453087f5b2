import Optimization
import Testing

/// Each of these inputs would make GLPK abort the process if it reached GLPK.
@Suite("Model validation")
struct ValidationTests {
    @Test("A variable from another model is rejected")
    func foreignVariable() throws {
        var big = LinearModel()
        _ = try big.addVariable("a")
        let foreign = try big.addVariable("b")
        var small = LinearModel()
        _ = try small.addVariable("only")

        #expect(throws: ModelError.self) { try small.addConstraint("c", [foreign: 1], .lessOrEqual(1)) }
        #expect(throws: ModelError.self) { try small.setObjective(1, for: foreign) }
        #expect(small.constraints.isEmpty)
    }

    @Test("Crossed, non-finite and fractional-integer bounds are rejected")
    func badBounds() throws {
        var model = LinearModel()
        #expect(throws: ModelError.self) { try model.addVariable("crossed", lowerBound: 3, upperBound: 2) }
        #expect(throws: ModelError.self) { try model.addVariable("inf", lowerBound: -.infinity) }
        #expect(throws: ModelError.self) { try model.addVariable("nan", upperBound: .nan) }
        #expect(throws: ModelError.self) { try model.addVariable("frac", kind: .integer, lowerBound: 0.5) }
        #expect(throws: ModelError.self) { try model.addVariable("obj", objective: .infinity) }
        #expect(model.variables.isEmpty)
    }

    @Test("Bad constraint coefficients and right-hand sides are rejected")
    func badConstraints() throws {
        var model = LinearModel()
        let x = try model.addVariable("x")
        #expect(throws: ModelError.self) { try model.addConstraint("nan", [x: .nan], .lessOrEqual(1)) }
        #expect(throws: ModelError.self) { try model.addConstraint("rhs", [x: 1], .equal(.infinity)) }
        #expect(throws: ModelError.self) { try model.addConstraint("range", [x: 1], .range(2, 1)) }
        #expect(model.constraints.isEmpty)
    }

    @Test("Names too long for GLPK or with control characters are rejected")
    func badNames() throws {
        var model = LinearModel()
        let error = #expect(throws: ModelError.self) { try model.addVariable(String(repeating: "席", count: 100)) }
        #expect(error?.problem.contains("255") == true)
        #expect(throws: ModelError.self) { try model.addVariable("tab\there") }
        #expect(throws: ModelError.self) { try model.addConstraint("new\nline", [], .lessOrEqual(0)) }
    }

    @Test("Binary variables always get bounds 0 and 1")
    func binaryBounds() throws {
        var model = LinearModel()
        let b = try model.addVariable("b", kind: .binary, lowerBound: -5, upperBound: 9)
        #expect(model.variables[b.index].lowerBound == 0)
        #expect(model.variables[b.index].upperBound == 1)
    }
}
