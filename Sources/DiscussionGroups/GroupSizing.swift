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

    /// The group counts worth trying, fewest first (one when `groups` fixes it), or every
    /// problem with `groups`, `group_size` and the rooms that no count can get around.
    func candidates(minimumGroups: Int = 1) throws(InputErrors) -> [Int] {
        var counts: [Int]
        var problems: [InputError]
        if let fixed = rules.groupCount {
            counts = [fixed]
            problems = fixedCountProblems(fixed)
        } else {
            let range = countRange(minimumGroups: minimumGroups)
            counts = range.fewest <= range.most ? Array(range.fewest...range.most) : []
            problems = range.fewest <= range.most ? [] : [noCountFitsProblem(fewest: range.fewest)]
        }
        if let rooms, let roomsFile {
            if let problem = roomsProblem(rooms, file: roomsFile, counts: counts) { problems.append(problem) }
            // Each group needs a room that seats its smallest size and the staff.
            let fitting = rooms.filter { $0.capacity - rules.staffSeats >= rules.groupSize.lowerBound }.count
            let usable = counts.filter { $0 <= fitting }
            if problems.isEmpty, usable.isEmpty, let fewest = counts.first {
                problems.append(smallRoomsProblem(fitting: fitting, groups: fewest, file: roomsFile))
            }
            counts = usable
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        return counts
    }

    /// The fewest groups that hold everyone (at least `minimumGroups`), and the most worth
    /// trying: no more than fill `group_size`'s smallest, and at most max(12, fewest / 4) more
    /// than the fewest. `most` is below `fewest` when no count fits.
    private func countRange(minimumGroups: Int) -> (fewest: Int, most: Int) {
        let sizes = rules.groupSize
        let fewest = max(minimumGroups, (peopleCount + sizes.upperBound - 1) / sizes.upperBound)
        let most = peopleCount / sizes.lowerBound
        guard fewest <= most else { return (fewest, most) }
        return (fewest, min(most, fewest + max(12, fewest / 4)))
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
