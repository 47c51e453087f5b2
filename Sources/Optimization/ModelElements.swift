/// The handle of a variable in a ``LinearModel``.
public struct VariableID: Hashable, Sendable, Comparable {
    /// Zero-based position of the variable in ``LinearModel/variables``.
    public let index: Int

    public static func < (lhs: VariableID, rhs: VariableID) -> Bool { lhs.index < rhs.index }
}

/// The handle of a constraint in a ``LinearModel``.
public struct ConstraintID: Hashable, Sendable {
    /// Zero-based position of the constraint in ``LinearModel/constraints``.
    public let index: Int
}

/// The domain of a variable.
public enum VariableKind: Sendable, Equatable {
    /// Any real value between the bounds.
    case continuous
    /// Any integer value between the bounds.
    case integer
    /// 0 or 1.
    case binary
}

/// A variable: a GLPK column.
public struct Variable: Sendable, Equatable {
    /// The variable's name (may be empty).
    public let name: String
    /// Continuous, integer or binary.
    public let kind: VariableKind
    /// Lower bound, `nil` for −∞.
    public let lowerBound: Double?
    /// Upper bound, `nil` for +∞.
    public let upperBound: Double?
    /// Objective coefficient.
    public internal(set) var objective: Double
}

/// One `coefficient · variable` term of a linear expression.
public struct LinearTerm: Sendable, Equatable {
    /// The variable.
    public let variable: VariableID
    /// Its coefficient.
    public let coefficient: Double

    /// Creates the term `coefficient · variable`.
    public init(_ variable: VariableID, _ coefficient: Double) {
        self.variable = variable
        self.coefficient = coefficient
    }
}

/// The bounds of a constraint's linear expression.
public enum ConstraintBound: Sendable, Equatable {
    /// expression ≤ value
    case lessOrEqual(Double)
    /// expression ≥ value
    case greaterOrEqual(Double)
    /// expression = value
    case equal(Double)
    /// lower ≤ expression ≤ upper
    case range(Double, Double)

    func validate(position: String) throws(ModelError) {
        switch self {
        case .lessOrEqual(let value), .greaterOrEqual(let value), .equal(let value):
            try LinearModel.checkFinite(value, what: "right-hand side", position: position)
        case .range(let lower, let upper):
            try LinearModel.checkFinite(lower, what: "lower bound", position: position)
            try LinearModel.checkFinite(upper, what: "upper bound", position: position)
            if lower > upper {
                throw ModelError(position, "lower bound \(lower) exceeds upper bound \(upper)")
            }
        }
    }
}

/// A linear constraint: a GLPK row.
public struct Constraint: Sendable, Equatable {
    /// The constraint's name (may be empty).
    public let name: String
    /// Its terms: each variable at most once, no zero coefficients.
    public let terms: [LinearTerm]
    /// Its bounds.
    public let bound: ConstraintBound
}

/// A model that could not be built or solved as given; GLPK was never called with it.
public struct ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Which part of the model is wrong, e.g. "variable 3 'x'".
    public let position: String
    /// What is wrong with it.
    public let problem: String

    init(_ position: String, _ problem: String) {
        self.position = position
        self.problem = problem
    }

    public var description: String { "\(position): \(problem)" }
}
