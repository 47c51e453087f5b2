import SeatPlanCore

/// Turns drafted groups into the groups that are printed: in precedence order (the group of
/// the most senior person first), named 第一组, 第二组, …, members listed leaders first and
/// then by unit in official order and by precedence, with convener and secretary chosen by
/// ``GroupOfficers``.
struct GroupAssembly {
    let participants: Participants
    let rules: GroupingRules

    private var officers: GroupOfficers {
        GroupOfficers(people: participants.people, leaders: Set(participants.leaders), choice: rules.convener)
    }

    /// The groups in precedence order; a secretary not tagged among the members is left
    /// empty for ``assignStaffSecretaries(_:)``.
    func groups(from drafts: [[Int]]) -> [DiscussionGroup] {
        let people = participants.people
        let leaders = Set(participants.leaders)
        let ordered = drafts.filter { !$0.isEmpty }.sorted { a, b in
            let first = a.map { people[$0].precedence }.min() ?? Int.max
            let second = b.map { people[$0].precedence }.min() ?? Int.max
            return (first, a.min() ?? 0) < (second, b.min() ?? 0)
        }
        return ordered.enumerated().map { number, members in
            let sorted = members.sorted { a, b in
                let (x, y) = (people[a], people[b])
                let (leaderA, leaderB) = (leaders.contains(a), leaders.contains(b))
                if leaderA != leaderB { return leaderA }
                if leaderA { return (x.precedence, a) < (y.precedence, b) }
                return (x.unitOrder, x.unit, x.precedence, a) < (y.unitOrder, y.unit, y.precedence, b)
            }
            let convener = officers.convener(of: sorted)
            let secretary = officers.taggedSecretary(of: sorted, convener: convener)
            var units: [String] = []
            for person in sorted where !leaders.contains(person) && !units.contains(people[person].unit) {
                units.append(people[person].unit)
            }
            return DiscussionGroup(
                name: "第\(ChineseNumerals.text(number + 1))组", convener: convener.map { people[$0].id } ?? "",
                secretary: secretary.map { people[$0].id } ?? "", people: sorted.map { GroupPerson(people[$0]) },
                leaders: sorted.filter(leaders.contains).map { people[$0].id }, units: units)
        }
    }

    /// Gives each group without a tagged secretary one of the staff tagged `secretary` (in
    /// group order, by precedence), or else its most junior member; returns the staff ids used.
    func assignStaffSecretaries(_ groups: inout [DiscussionGroup]) -> Set<String> {
        var staff = participants.staffSecretaries[...]
        var used: Set<String> = []
        for g in groups.indices where groups[g].secretary.isEmpty {
            if let secretary = staff.popFirst() {
                groups[g].secretary = secretary.id
                groups[g].staff.append(GroupPerson(secretary))
                used.insert(secretary.id)
            } else {
                let members = groups[g].members.compactMap { participants.index[$0] }
                let convener = participants.index[groups[g].convener]
                groups[g].secretary =
                    officers.juniorSecretary(of: members, convener: convener).map { participants.people[$0].id } ?? ""
            }
        }
        return used
    }
}
