/// A mixed-integer linear program built in Swift and checked as it is built.
///
/// Every index, bound, coefficient and name is validated when it is added, so that nothing in a
/// `LinearModel` can make GLPK abort the process when ``GLPKSolver`` loads it.
///
/// ```swift
/// var model = LinearModel(sense: .maximize)
/// let x = try model.addVariable("x", kind: .integer, lowerBound: 0, upperBound: 4, objective: 3)
/// let y = try model.addVariable("y", kind: .binary, objective: 2)
/// try model.addConstraint("cap", [x: 2, y: 3], .lessOrEqual(9))
/// let result = try GLPKSolver.solve(model)
/// ```
public struct LinearModel: Sendable {
    /// Whether the objective is minimised or maximised.
    public enum Sense: Sendable { case minimize, maximize }

    /// The direction of optimisation.
    public var sense: Sense
    /// A constant added to the objective value (GLPK's `obj` column 0).
    public private(set) var objectiveConstant: Double = 0
    /// The variables (GLPK columns) in the order they were added.
    public private(set) var variables: [Variable] = []
    /// The constraints (GLPK rows) in the order they were added.
    public private(set) var constraints: [Constraint] = []

    /// Creates an empty model.
    public init(sense: Sense = .minimize) {
        self.sense = sense
    }

    /// Whether any variable must take an integer value.
    public var hasIntegerVariables: Bool {
        variables.contains { $0.kind != .continuous }
    }

    /// The number of non-zero constraint coefficients.
    public var nonZeroCount: Int {
        constraints.reduce(0) { $0 + $1.terms.count }
    }

    /// Adds a variable (a column) and returns its handle.
    ///
    /// - Parameters:
    ///   - name: an optional name (at most 255 UTF-8 bytes, no control characters).
    ///   - kind: continuous, integer or binary. Binary variables always have bounds 0 and 1.
    ///   - lowerBound: the lower bound, or `nil` for none (−∞).
    ///   - upperBound: the upper bound, or `nil` for none (+∞).
    ///   - objective: the variable's objective coefficient.
    @discardableResult
    public mutating func addVariable(
        _ name: String = "", kind: VariableKind = .continuous,
        lowerBound: Double? = 0, upperBound: Double? = nil, objective: Double = 0
    ) throws(ModelError) -> VariableID {
        let position = "variable \(variables.count + 1)" + (name.isEmpty ? "" : " '\(name)'")
        try Self.checkName(name, position: position)
        try Self.checkFinite(objective, what: "objective coefficient", position: position)
        var lower = lowerBound
        var upper = upperBound
        if kind == .binary {
            lower = 0
            upper = 1
        }
        if let lower { try Self.checkFinite(lower, what: "lower bound", position: position) }
        if let upper { try Self.checkFinite(upper, what: "upper bound", position: position) }
        if let lower, let upper, lower > upper {
            throw ModelError(position, "lower bound \(lower) exceeds upper bound \(upper)")
        }
        if kind == .integer {
            for bound in [lower, upper].compactMap({ $0 }) where bound.rounded() != bound {
                throw ModelError(position, "integer variable has a fractional bound \(bound)")
            }
        }
        variables.append(
            Variable(name: name, kind: kind, lowerBound: lower, upperBound: upper, objective: objective))
        return VariableID(index: variables.count - 1)
    }

    /// Sets a variable's objective coefficient.
    public mutating func setObjective(_ coefficient: Double, for variable: VariableID) throws(ModelError) {
        try checkVariable(variable, position: "objective")
        try Self.checkFinite(coefficient, what: "objective coefficient", position: "variable \(variable.index + 1)")
        variables[variable.index].objective = coefficient
    }

    /// Sets the objective constant.
    public mutating func setObjectiveConstant(_ constant: Double) throws(ModelError) {
        try Self.checkFinite(constant, what: "objective constant", position: "objective")
        objectiveConstant = constant
    }

    /// Adds a linear constraint (a row) `bound.lower ≤ Σ coefficient·variable ≤ bound.upper`.
    ///
    /// Repeated variables are summed and zero coefficients dropped, because GLPK aborts on a row
    /// that names a column twice.
    @discardableResult
    public mutating func addConstraint(
        _ name: String = "", _ terms: [LinearTerm], _ bound: ConstraintBound
    ) throws(ModelError) -> ConstraintID {
        let position = "constraint \(constraints.count + 1)" + (name.isEmpty ? "" : " '\(name)'")
        try Self.checkName(name, position: position)
        try bound.validate(position: position)
        var merged: [Int: Double] = [:]
        var order: [Int] = []
        for term in terms {
            try checkVariable(term.variable, position: position)
            try Self.checkFinite(term.coefficient, what: "coefficient", position: position)
            if merged[term.variable.index] == nil { order.append(term.variable.index) }
            merged[term.variable.index, default: 0] += term.coefficient
        }
        let cleaned = order.compactMap { index -> LinearTerm? in
            guard let coefficient = merged[index], coefficient != 0 else { return nil }
            return LinearTerm(VariableID(index: index), coefficient)
        }
        constraints.append(Constraint(name: name, terms: cleaned, bound: bound))
        return ConstraintID(index: constraints.count - 1)
    }

    /// Adds a constraint from a dictionary of coefficients, in variable order.
    @discardableResult
    public mutating func addConstraint(
        _ name: String = "", _ coefficients: [VariableID: Double], _ bound: ConstraintBound
    ) throws(ModelError) -> ConstraintID {
        let terms = coefficients.sorted { $0.key.index < $1.key.index }.map { LinearTerm($0.key, $0.value) }
        return try addConstraint(name, terms, bound)
    }

    private func checkVariable(_ variable: VariableID, position: String) throws(ModelError) {
        guard variables.indices.contains(variable.index) else {
            throw ModelError(position, "refers to variable \(variable.index + 1), but the model has \(variables.count)")
        }
    }

    static func checkFinite(_ value: Double, what: String, position: String) throws(ModelError) {
        guard value.isFinite else { throw ModelError(position, "\(what) is \(value), not a finite number") }
    }

    static func checkName(_ name: String, position: String) throws(ModelError) {
        if name.utf8.count > 255 {
            throw ModelError(position, "name is \(name.utf8.count) bytes long; GLPK allows at most 255")
        }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw ModelError(position, "name contains a control character")
        }
    }
}
