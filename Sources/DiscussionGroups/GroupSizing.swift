import SeatPlanCore

/// How many groups to try, checked against `groups`, `group_size` and the rooms before any
/// solver runs, so that impossible rules are reported with the key to change.
struct GroupSizing {
    let rules: GroupingRules
    /// People to group, leaders included.
    let peopleCount: Int
    /// The rooms, when they are assigned, and the file they came from.
    let rooms: [Room]?
    let roomsFile: String?

    /// The group counts worth trying, fewest first (one when `groups` fixes it).
    func candidates(minimumGroups: Int = 1) throws(InputErrors) -> [Int] {
        let sizes = rules.groupSize
        let people = peopleCount
        var problems: [InputError] = []
        var counts: [Int]
        if let fixed = rules.groupCount {
            if fixed * sizes.upperBound < people {
                problems.append(
                    rules.origin.error(
                        "groups",
                        "\(fixed) groups of at most \(sizes.upperBound) hold \(fixed * sizes.upperBound) people, but "
                            + "\(people) are to be grouped; raise 'groups' or the largest size in 'group_size'"
                    ))
            }
            if fixed * sizes.lowerBound > people {
                problems.append(
                    rules.origin.error(
                        "groups",
                        "\(fixed) groups of at least \(sizes.lowerBound) need \(fixed * sizes.lowerBound) people, but "
                            + "only \(people) are to be grouped; lower 'groups' or the smallest size in 'group_size'"
                    ))
            }
            counts = [fixed]
        } else {
            let fewest = max(minimumGroups, (people + sizes.upperBound - 1) / sizes.upperBound)
            let most = people / sizes.lowerBound
            if fewest > most {
                problems.append(
                    rules.origin.error(
                        "group_size",
                        "no number of groups of \(sizes.lowerBound)–\(sizes.upperBound) people holds exactly "
                            + "\(people): \(fewest) groups would average \(people / max(1, fewest)); widen "
                            + "'group_size' or set 'groups'"
                    ))
            }
            counts = fewest <= most ? Array(fewest...min(most, fewest + max(12, fewest / 4))) : []
        }
        if let rooms, let roomsFile {
            let largest = rooms.map(\.capacity).max() ?? 0
            let needed = counts.first ?? 1
            if rooms.count < needed {
                problems.append(
                    InputError(
                        file: roomsFile, field: "rooms",
                        "\(rooms.count) rooms for \(needed) groups of \(people) people; add rooms or allow larger "
                            + "groups"
                    ))
            } else if largest < sizes.lowerBound + rules.staffSeats {
                problems.append(
                    InputError(
                        file: roomsFile, field: "rooms",
                        "the largest room seats \(largest), but a group of at least \(sizes.lowerBound) with "
                            + "\(rules.staffSeats) staff needs \(sizes.lowerBound + rules.staffSeats)"
                    ))
            } else {
                let capacities = rooms.map(\.capacity).sorted(by: >)
                let usable = zip(capacities.prefix(max(needed, min(rooms.count, counts.last ?? needed))), 0...)
                    .map { min($0.0 - rules.staffSeats, sizes.upperBound) }.reduce(0, +)
                if usable < people {
                    problems.append(
                        InputError(
                            file: roomsFile, field: "rooms",
                            "the rooms seat at most \(usable) group members (\(rules.staffSeats) seats each kept for "
                                + "staff, groups of at most \(sizes.upperBound)), but \(people) people are to be "
                                + "grouped"
                        ))
                }
            }
            counts = counts.filter { $0 <= rooms.count }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        return counts
    }

    /// ⌊L/G⌋ … ⌈L/G⌉: how many leaders each of `groups` groups takes.
    static func leadersPerGroup(_ leaders: Int, groups: Int) -> ClosedRange<Int> {
        guard groups > 0 else { return 0...0 }
        return (leaders / groups)...((leaders + groups - 1) / groups)
    }

    /// The largest size of each of `groups` groups: `group_size`'s largest, or the seats of
    /// the g-th largest room (less staff seats) when that is fewer.
    func groupMaxima(_ groups: Int) -> [Int] {
        let upper = rules.groupSize.upperBound
        guard let rooms else { return Array(repeating: upper, count: groups) }
        let seats = rooms.map { $0.capacity - rules.staffSeats }.sorted(by: >)
        return (0..<groups).map { g in g < seats.count ? max(0, min(upper, seats[g])) : 0 }
    }
}
