import PlanCheck
import SeatPlanCore

/// The figures the pipeline writes into a plan's quality once the plan is checked: the
/// checker's violations and unit splits, and the time the whole step took.
struct QualityStamp {
    let report: PlanCheckReport
    let elapsed: Duration

    /// A new plan's quality: the solver's status, objective, bound and gap, with the checked figures.
    func checked(_ planned: PlanQuality) -> PlanQuality {
        PlanQuality(
            status: planned.status, objective: planned.objective, bound: planned.bound, gap: planned.gap,
            protocolViolations: report.violations.count, unitSplits: report.unitSplits,
            solveMilliseconds: milliseconds)
    }

    /// A re-plan's quality: the weighted moves against their lower bound, with the checked figures.
    func reseated(with record: PlanChanges) -> PlanQuality {
        let cost = record.moveCost
        let bound = record.moveBound
        return PlanQuality(
            status: record.status, objective: cost, bound: bound, gap: cost > 0 ? (cost - bound) / cost : 0,
            protocolViolations: report.violations.count, unitSplits: report.unitSplits,
            solveMilliseconds: milliseconds)
    }

    /// The time taken in whole milliseconds, as plans record it.
    private var milliseconds: Int { elapsed.wholeMilliseconds }
}
