import SeatPlanCore

/// The six independent rule families of docs/planning-rules.md over one plan: general (G),
/// rostrum (R), hall seats and hall order (H), grouping, banquet (B). Each family runs as a
/// child task; their findings come back in this order whatever order they finish in.
struct RuleFamilies: Sendable {
    /// What one family found.
    typealias Outcome = (violations: [PlanViolation], unitSplits: Int)

    let context: CheckContext
    let geometry: HallGeometry
    let plan: SeatPlan
    let hasHall: Bool

    /// The families, in report order.
    private var families: [@Sendable () -> Outcome] {
        [
            { [context, plan] in (GeneralRules(context: context, plan: plan).violations(), 0) },
            { [context] in (RostrumRules(context: context).violations(), 0) },
            { [context, hasHall] in hasHall ? (HallSeatRules(context: context).violations(), 0) : ([], 0) },
            { [context, geometry, hasHall] in
                hasHall ? HallOrderRules(context: context, geometry: geometry).check() : ([], 0)
            },
            { [context, geometry] in (KeepGroupRules(context: context, geometry: geometry).violations(), 0) },
            { [context] in BanquetRules(context: context).check() },
        ]
    }

    /// Runs every family concurrently; the outcomes in report order.
    func run() async -> [Outcome] {
        let families = families
        return await withTaskGroup(of: (position: Int, outcome: Outcome).self) { group in
            for (position, family) in families.enumerated() {
                group.addTask { (position, family()) }
            }
            var outcomes = [Outcome](repeating: ([], 0), count: families.count)
            for await finished in group { outcomes[finished.position] = finished.outcome }
            return outcomes
        }
    }
}
