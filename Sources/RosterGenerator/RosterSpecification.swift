/// What roster to generate: how many people of each role, from how many units, and the seed
/// that makes the result repeat exactly.
///
/// Members and non-voting attendees (or, when there are neither, guests) make up the units'
/// delegations, whose sizes are skewed small; rostrum people come from the city's leading organs
/// and then the heads of other units; press, staff and (at meetings with members) guests come
/// from media units, secretariats and guest organisations of their own.
public struct RosterSpecification: Sendable, Hashable {
    /// The seed; the same specification always gives the same roster.
    public var seed: UInt64
    /// How many distinct units the roster has.
    public var unitCount: Int
    /// People with role `member`.
    public var memberCount: Int
    /// People with role `nonvoting` (列席).
    public var nonvotingCount: Int
    /// People with role `rostrum`.
    public var rostrumCount: Int
    /// People with role `guest`.
    public var guestCount: Int
    /// People with role `press`.
    public var pressCount: Int
    /// People with role `staff`.
    public var staffCount: Int
    /// The most people any unit may have (all roles together).
    public var maximumUnitSize: Int
    /// The share of people, other than rostrum people, tagged `accessible`.
    public var accessibleShare: Double
    /// People tagged `host`: the most senior people of the hosting units (市委 and 市人民政府).
    public var hostCount: Int
    /// The share of women.
    public var femaleShare: Double

    /// Creates a specification; counts not given are 0.
    public init(
        seed: UInt64 = 1, unitCount: Int, memberCount: Int = 0, nonvotingCount: Int = 0,
        rostrumCount: Int = 0, guestCount: Int = 0, pressCount: Int = 0, staffCount: Int = 0,
        maximumUnitSize: Int = 170, accessibleShare: Double = 0.003, hostCount: Int = 0,
        femaleShare: Double = 0.4
    ) {
        self.seed = seed
        self.unitCount = unitCount
        self.memberCount = memberCount
        self.nonvotingCount = nonvotingCount
        self.rostrumCount = rostrumCount
        self.guestCount = guestCount
        self.pressCount = pressCount
        self.staffCount = staffCount
        self.maximumUnitSize = maximumUnitSize
        self.accessibleShare = accessibleShare
        self.hostCount = hostCount
        self.femaleShare = femaleShare
    }

    /// Everyone on the roster.
    public var totalCount: Int {
        rostrumCount + memberCount + nonvotingCount + guestCount + pressCount + staffCount
    }

    /// The same specification with another seed.
    public func withSeed(_ seed: UInt64) -> RosterSpecification {
        var copy = self
        copy.seed = seed
        return copy
    }

    /// Why this specification cannot be generated, one sentence per problem; empty when it can.
    public var problems: [String] {
        var problems: [String] = []
        let counts = [
            ("unitCount", unitCount), ("memberCount", memberCount), ("nonvotingCount", nonvotingCount),
            ("rostrumCount", rostrumCount), ("guestCount", guestCount), ("pressCount", pressCount),
            ("staffCount", staffCount), ("hostCount", hostCount),
        ]
        for (name, value) in counts where value < 0 {
            problems.append("\(name) is \(value); counts cannot be negative")
        }
        if maximumUnitSize < 1 { problems.append("maximumUnitSize must be at least 1") }
        if !(0...1).contains(accessibleShare) { problems.append("accessibleShare must lie in 0…1") }
        if !(0...1).contains(femaleShare) { problems.append("femaleShare must lie in 0…1") }
        guard problems.isEmpty else { return problems }
        let plan = UnitPlan.Layout(self)
        let knownUnits =
            UnitCatalog.all.count(where: { $0.category == .ordinary }) + UnitCatalog.leadership.count
            + plan.specialUnitCount
        if unitCount > knownUnits {
            problems.append("unitCount \(unitCount) exceeds the \(knownUnits) unit names the generator can use here")
        }
        if plan.specialUnitCount + plan.minimumBodyUnits > unitCount {
            problems.append(
                "\(unitCount) units are too few: press, staff and guest units need \(plan.specialUnitCount) and the "
                    + "delegations at least \(plan.minimumBodyUnits)"
            )
        }
        let bodyUnits = unitCount - plan.specialUnitCount
        if plan.bodyCount < bodyUnits {
            problems.append("\(plan.bodyCount) delegation people cannot fill \(bodyUnits) units with at least one each")
        }
        if plan.bodyCount + rostrumCount > bodyUnits * maximumUnitSize {
            problems.append(
                "\(plan.bodyCount + rostrumCount) people do not fit in \(bodyUnits) units of at most \(maximumUnitSize)"
            )
        }
        if hostCount > plan.bodyCount {
            problems.append("hostCount \(hostCount) exceeds the \(plan.bodyCount) people who could host")
        }
        if hostCount > 2 * maximumUnitSize {
            problems.append("hostCount \(hostCount) does not fit in the two hosting units")
        }
        for (role, count, capacity) in plan.specialCapacities where count > capacity {
            problems.append("\(count) \(role) people do not fit in the \(capacity) places their units have")
        }
        return problems
    }
}
