/// How sure the planner is of a plan or a re-plan: the `status` of PLAN.json's `quality` and
/// `changes` objects, written as the same lower-case words.
public enum PlanStatus: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// The plan meets the proven bound: nothing better exists.
    case optimal
    /// A plan was found but not proven best (a time limit, a gap, or a re-plan above its bound).
    case feasible
    /// Some part could not be planned (its people are in `unseated`).
    case infeasible

    /// The less certain of two statuses: `infeasible` over `feasible` over `optimal`, as a
    /// plan made of several parts is only as sure as its weakest part.
    public func combined(with other: PlanStatus) -> PlanStatus {
        severity >= other.severity ? self : other
    }

    private var severity: Int {
        switch self {
        case .optimal: 0
        case .feasible: 1
        case .infeasible: 2
        }
    }
}
