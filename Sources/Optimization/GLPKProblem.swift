import CGLPK

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The sole owner of one `glp_prob`. It is created, used and deleted inside one synchronous
/// call, hence on one thread, as GLPK's per-thread environment requires.
struct GLPKProblem: ~Copyable {
    let pointer: OpaquePointer

    init() throws(SolverError) {
        GLPKProblem.routeTerminalOutput()
        guard let pointer = glp_create_prob() else { throw SolverError.outOfMemory }
        self.pointer = pointer
    }

    deinit { glp_delete_prob(pointer) }

    /// Sends this thread's GLPK terminal output to standard error, never to standard output.
    /// Solver chatter is switched off per call (`msg_lev`), so what remains is GLPK's own error
    /// report, which is what a developer needs to see if a check here was ever missed.
    private static func routeTerminalOutput() {
        glp_term_hook(
            { _, text in
                if let text { _ = write(STDERR_FILENO, text, strlen(text)) }
                return 1
            }, nil)
    }

    /// Copies a validated model into the problem object.
    func load(_ model: borrowing LinearModel) {
        glp_set_obj_dir(pointer, model.sense == .minimize ? GLP_MIN : GLP_MAX)
        glp_set_obj_coef(pointer, 0, model.objectiveConstant)
        if !model.constraints.isEmpty {
            glp_add_rows(pointer, Int32(model.constraints.count))
        }
        if !model.variables.isEmpty {
            glp_add_cols(pointer, Int32(model.variables.count))
        }
        for (offset, variable) in model.variables.enumerated() {
            let column = Int32(offset + 1)
            if !variable.name.isEmpty { glp_set_col_name(pointer, column, variable.name) }
            switch variable.kind {
            case .continuous: glp_set_col_kind(pointer, column, GLP_CV)
            case .integer: glp_set_col_kind(pointer, column, GLP_IV)
            case .binary: glp_set_col_kind(pointer, column, GLP_BV)
            }
            let (type, lower, upper) = Self.boundType(variable.lowerBound, variable.upperBound)
            glp_set_col_bnds(pointer, column, type, lower, upper)
            glp_set_obj_coef(pointer, column, variable.objective)
        }
        var rowIndices: [Int32] = [0]
        var columnIndices: [Int32] = [0]
        var coefficients: [Double] = [0]
        rowIndices.reserveCapacity(model.nonZeroCount + 1)
        columnIndices.reserveCapacity(model.nonZeroCount + 1)
        coefficients.reserveCapacity(model.nonZeroCount + 1)
        for (offset, constraint) in model.constraints.enumerated() {
            let row = Int32(offset + 1)
            if !constraint.name.isEmpty { glp_set_row_name(pointer, row, constraint.name) }
            let (type, lower, upper) = Self.boundType(constraint.bound)
            glp_set_row_bnds(pointer, row, type, lower, upper)
            for term in constraint.terms {
                rowIndices.append(row)
                columnIndices.append(Int32(term.variable.index + 1))
                coefficients.append(term.coefficient)
            }
        }
        if coefficients.count > 1 {
            glp_load_matrix(pointer, Int32(coefficients.count - 1), rowIndices, columnIndices, coefficients)
        }
    }

    private static func boundType(_ lower: Double?, _ upper: Double?) -> (Int32, Double, Double) {
        switch (lower, upper) {
        case (nil, nil): return (GLP_FR, 0, 0)
        case (let lower?, nil): return (GLP_LO, lower, 0)
        case (nil, let upper?): return (GLP_UP, 0, upper)
        case (let lower?, let upper?): return (lower == upper ? GLP_FX : GLP_DB, lower, upper)
        }
    }

    private static func boundType(_ bound: ConstraintBound) -> (Int32, Double, Double) {
        switch bound {
        case .lessOrEqual(let value): return (GLP_UP, 0, value)
        case .greaterOrEqual(let value): return (GLP_LO, value, 0)
        case .equal(let value): return (GLP_FX, value, value)
        case .range(let lower, let upper): return boundType(lower, upper)
        }
    }
}

/// A failure of the solver itself (not of the model).
public enum SolverError: Error, Sendable, Equatable, CustomStringConvertible {
    /// GLPK could not allocate its problem object.
    case outOfMemory
    /// The requested limits are invalid (e.g. a negative gap).
    case invalidOptions(String)
    /// GLPK reported a numerical failure it could not recover from.
    case numericalFailure(String)

    public var description: String {
        switch self {
        case .outOfMemory: "GLPK could not allocate a problem object"
        case .invalidOptions(let detail): "invalid solve options: \(detail)"
        case .numericalFailure(let detail): "GLPK failed: \(detail)"
        }
    }
}
