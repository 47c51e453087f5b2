import SeatPlanCore

/// The rules file's `keep_together` and `keep_apart` lists as they bear on groups: people kept
/// together share a group, people kept apart never do. Lists are checked against the roster
/// and against each other before any grouping is tried.
struct KeepRules {
    /// Sets of people (indexes into ``Participants/people``) who must share a group; each set
    /// joins every keep-together list that shares a person, and has at least two people.
    let together: [[Int]]
    /// Pairs of people who must be in different groups.
    let apart: [(Int, Int)]
    /// For each person, the index of their set in ``together``, if any.
    let togetherSet: [Int: Int]

    /// Validates the lists; people who are in no group (press, staff) are left out of them.
    init(rules: PlanningRules, participants: Participants, roster: Roster) throws(InputErrors) {
        let origin = rules.grouping.origin
        let onRoster = Set(roster.attendees.map(\.id))
        var problems: [InputError] = []
        for (key, lists) in [("keep_together", rules.keepTogether), ("keep_apart", rules.keepApart)] {
            for list in lists {
                for id in list where !onRoster.contains(id) {
                    problems.append(
                        origin.error(
                            key, "[\(list.joined(separator: ", "))] names '\(id)', who is not on \(roster.source)"))
                }
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }

        var parent = Array(participants.people.indices)
        func root(_ person: Int) -> Int {
            var current = person
            while parent[current] != current {
                parent[current] = parent[parent[current]]
                current = parent[current]
            }
            return current
        }
        for list in rules.keepTogether {
            let members = list.compactMap { participants.index[$0] }
            for (first, second) in zip(members, members.dropFirst()) {
                let (a, b) = (root(first), root(second))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var sets: [Int: [Int]] = [:]
        for list in rules.keepTogether {
            for person in list.compactMap({ participants.index[$0] }) { sets[root(person), default: []].append(person) }
        }
        let together = sets.keys.sorted().map { Array(Set(sets[$0] ?? [])).sorted() }.filter { $0.count >= 2 }
        var togetherSet: [Int: Int] = [:]
        for (number, set) in together.enumerated() { for person in set { togetherSet[person] = number } }

        var apart: [(Int, Int)] = []
        for list in rules.keepApart {
            let members = list.compactMap { participants.index[$0] }
            for (offset, first) in members.enumerated() {
                for second in members.dropFirst(offset + 1) where first != second {
                    if let set = togetherSet[first], togetherSet[second] == set {
                        let people = participants.people
                        problems.append(
                            origin.error(
                                "keep_apart",
                                "[\(list.joined(separator: ", "))] keeps \(people[first].name) (\(people[first].id)) "
                                    + "and \(people[second].name) (\(people[second].id)) apart, but keep_together puts "
                                    + "them in one group; remove one of the two rules"
                            ))
                    }
                    apart.append((min(first, second), max(first, second)))
                }
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        self.together = together
        self.apart = apart
        self.togetherSet = togetherSet
    }

    /// Whether `assignment` (person → group) keeps every rule; the broken rules in words otherwise.
    func violations(of assignment: [Int], people: [Attendee]) -> [String] {
        var found: [String] = []
        for set in together where Set(set.map { assignment[$0] }).count > 1 {
            found.append("keep_together: \(set.map { people[$0].name }.joined(separator: "、")) are not in one group")
        }
        for (first, second) in apart where assignment[first] == assignment[second] {
            found.append("keep_apart: \(people[first].name) and \(people[second].name) are in the same group")
        }
        return found
    }
}
