import CGLPK

/// Solves ``LinearModel``s with GLPK's simplex and branch-and-cut.
///
/// Each call creates, solves, reads and deletes its GLPK problem synchronously on the calling
/// thread; calls on different threads are independent. GLPK's terminal output goes to standard
/// error only (and the solver's progress log is switched off).
public enum GLPKSolver {
    /// Solves the model within the given limits.
    ///
    /// - Throws: ``SolverError`` for invalid options or a numerical failure of GLPK. An
    ///   infeasible or unbounded model is a result, not an error.
    public static func solve(_ model: LinearModel, options: SolveOptions = SolveOptions()) throws(SolverError)
        -> SolveResult
    {
        guard options.relativeGap >= 0, options.relativeGap.isFinite else {
            throw .invalidOptions("relative gap \(options.relativeGap) must be a finite number ≥ 0")
        }
        if let limit = options.timeLimit, limit < .zero {
            throw .invalidOptions("time limit \(limit) must not be negative")
        }
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = options.timeLimit.map { start + $0 }
        func remainingMilliseconds() -> Int32 {
            guard let deadline else { return Int32.max }
            let left = (deadline - clock.now).components
            let milliseconds = left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000
            return Int32(clamping: max(0, milliseconds))
        }
        var outcome = SearchOutcome(status: .cancelled)
        if options.cancellation?.isCancelled != true {
            let problem = try GLPKProblem()
            problem.load(model)
            outcome = try search(problem, model: model, options: options, timeLeft: remainingMilliseconds)
        }
        return SolveResult(
            status: outcome.status, stopReason: outcome.stopReason,
            objective: outcome.objective, bound: outcome.bound, values: outcome.values,
            duration: clock.now - start)
    }

    private static func search(
        _ problem: borrowing GLPKProblem, model: LinearModel, options: SolveOptions,
        timeLeft: () -> Int32
    ) throws(SolverError) -> SearchOutcome {
        let pointer = problem.pointer
        if !options.presolve || !model.hasIntegerVariables {
            let relaxation = try solveRelaxation(pointer, timeLimit: timeLeft())
            guard model.hasIntegerVariables, relaxation.status == .optimal else { return relaxation }
        }
        let monitor = SearchMonitor(cancellation: options.cancellation)
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.presolve = options.presolve ? GLP_ON : GLP_OFF
        parameters.mip_gap = options.relativeGap
        parameters.tm_lim = timeLeft()
        parameters.cb_func = { tree, info in
            guard let tree, let info else { return }
            let monitor = Unmanaged<SearchMonitor>.fromOpaque(info).takeUnretainedValue()
            let node = glp_ios_best_node(tree)
            if node != 0 { monitor.bestBound = glp_ios_node_bound(tree, node) }
            if monitor.cancellation?.isCancelled == true { glp_ios_terminate(tree) }
        }
        let code = withExtendedLifetime(monitor) { () -> Int32 in
            parameters.cb_info = Unmanaged.passUnretained(monitor).toOpaque()
            if parameters.tm_lim == 0 { return GLP_ETMLIM }
            return glp_intopt(pointer, &parameters)
        }
        let stopReason: StopReason? =
            switch code {
            case GLP_ETMLIM: .timeLimit
            case GLP_EMIPGAP: .gapLimit
            case GLP_ESTOP: .cancelled
            default: nil
            }
        switch code {
        case 0, GLP_ETMLIM, GLP_EMIPGAP, GLP_ESTOP: break
        case GLP_ENOPFS: return SearchOutcome(status: .infeasible)
        case GLP_ENODFS: return SearchOutcome(status: .unbounded)
        default: throw .numericalFailure("glp_intopt returned code \(code)")
        }
        let columns = model.variables.indices.map { glp_mip_col_val(pointer, Int32($0 + 1)) }
        let objective = glp_mip_obj_val(pointer)
        switch glp_mip_status(pointer) {
        case GLP_OPT where stopReason == nil:
            return SearchOutcome(status: .optimal, objective: objective, bound: objective, values: columns)
        case GLP_OPT, GLP_FEAS:
            let bound = monitor.bestBound ?? glp_get_obj_val(pointer)
            return SearchOutcome(
                status: .feasible, stopReason: stopReason, objective: objective, bound: bound, values: columns)
        case GLP_NOFEAS:
            return SearchOutcome(status: .infeasible)
        default:
            return SearchOutcome(status: stopReason == .cancelled ? .cancelled : .timeLimit, stopReason: stopReason)
        }
    }

    /// Solves the LP relaxation (the whole problem when no variable is integer).
    private static func solveRelaxation(_ pointer: OpaquePointer, timeLimit: Int32) throws(SolverError) -> SearchOutcome
    {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.tm_lim = timeLimit
        let code = timeLimit == 0 ? GLP_ETMLIM : glp_simplex(pointer, &parameters)
        switch code {
        case 0: break
        case GLP_ETMLIM: return SearchOutcome(status: .timeLimit, stopReason: .timeLimit)
        default: throw .numericalFailure("glp_simplex returned code \(code)")
        }
        let primal = glp_get_prim_stat(pointer)
        let dual = glp_get_dual_stat(pointer)
        if primal == GLP_NOFEAS { return SearchOutcome(status: .infeasible) }
        if dual == GLP_NOFEAS, primal == GLP_FEAS { return SearchOutcome(status: .unbounded) }
        guard glp_get_status(pointer) == GLP_OPT else {
            throw .numericalFailure("glp_simplex ended with status \(glp_get_status(pointer))")
        }
        let count = Int(glp_get_num_cols(pointer))
        let values = (0..<count).map { glp_get_col_prim(pointer, Int32($0 + 1)) }
        let objective = glp_get_obj_val(pointer)
        return SearchOutcome(status: .optimal, objective: objective, bound: objective, values: values)
    }
}

/// What one search produced, before timing is added.
private struct SearchOutcome {
    var status: SolveStatus
    var stopReason: StopReason? = nil
    var objective: Double? = nil
    var bound: Double? = nil
    var values: [Double] = []
}

/// State shared with GLPK's branch-and-cut callback on the solving thread.
private final class SearchMonitor {
    let cancellation: CancellationToken?
    var bestBound: Double?

    init(cancellation: CancellationToken?) {
        self.cancellation = cancellation
    }
}
