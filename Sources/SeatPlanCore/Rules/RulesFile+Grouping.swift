extension RulesFile {
    /// The top-level keys of the discussion-group settings.
    static let groupingKeys = ["group_by", "groups", "group_size", "leaders", "nonvoting", "group_staff", "convener"]

    /// Reads the discussion-group keys of a rules file's root mapping.
    static func grouping(_ root: YAMLMapping) throws(InputError) -> GroupingRules {
        var rules = GroupingRules()
        var lines: [String: Int] = [:]
        for key in groupingKeys + ["keep_together", "keep_apart"] {
            if let line = root[key]?.line { lines[key] = line }
        }
        rules.origin = RuleOrigin(file: root.owner.file, lines: lines)
        if let value = root["group_by"] { rules.groupBy = try value.choice(GroupBy.self) }
        if let value = root["groups"] { rules.groupCount = try value.integer(in: 1...10_000) }
        if let value = root["group_size"] { rules.groupSize = try groupSize(value) }
        if let value = root["leaders"] { rules.leaders = try leaders(value) }
        if let value = root["nonvoting"] { rules.nonvoting = try value.choice(NonvotingPlacement.self) }
        if let value = root["group_staff"] { rules.staffSeats = try value.integer(in: 0...100) }
        if let value = root["convener"] { rules.convener = try value.choice(ConvenerChoice.self) }
        return rules
    }

    /// `[15, 30]` or `15-30`: the smallest and the largest group.
    private static func groupSize(_ value: YAMLValue) throws(InputError) -> ClosedRange<Int> {
        let bounds: [Int]
        if value.isSequence {
            let items = try value.sequence()
            guard items.count == 2 else { throw value.error("must be [smallest, largest], e.g. [15, 30]") }
            bounds = [try items[0].integer(in: 1...100_000), try items[1].integer(in: 1...100_000)]
        } else {
            let numbers = try value.numberList(in: 1...100_000)
            guard numbers.count >= 1 else { throw value.error("must be [smallest, largest], e.g. [15, 30]") }
            bounds = [numbers[0], numbers[numbers.count - 1]]
        }
        guard bounds[0] <= bounds[1] else {
            throw value.error(
                "the smallest group (\(bounds[0])) is larger than the largest (\(bounds[1])); write [\(bounds[1]), "
                    + "\(bounds[0])]"
            )
        }
        return bounds[0]...bounds[1]
    }

    /// A list of attendee ids, or one tag that marks the leaders.
    private static func leaders(_ value: YAMLValue) throws(InputError) -> LeaderSelection {
        if value.isSequence {
            let ids = try value.stringList()
            if let repeated = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
                throw value.error("lists '\(repeated)' twice")
            }
            return .ids(ids)
        }
        let tag = try value.string()
        if tag == "rostrum" || tag == "role:rostrum" { return .rostrum }
        return .tag(tag)
    }
}
