import SeatPlanCore

/// The problems ``GroupSizing/candidates(minimumGroups:)`` reports, each naming the key of the
/// rules or rooms file to change.
extension GroupSizing {
    /// Why `groups: fixed` cannot hold everyone within `group_size`: too few seats, too many
    /// places to fill, or neither (an empty list).
    func fixedCountProblems(_ fixed: Int) -> [InputError] {
        let sizes = rules.groupSize
        let people = peopleCount
        var problems: [InputError] = []
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
        return problems
    }

    /// No number of groups within `group_size` holds exactly everyone; `fewest` is the count
    /// the largest size would need.
    func noCountFitsProblem(fewest: Int) -> InputError {
        let sizes = rules.groupSize
        return rules.origin.error(
            "group_size",
            "no number of groups of \(sizes.lowerBound)–\(sizes.upperBound) people holds exactly "
                + "\(peopleCount): \(fewest) groups would average \(peopleCount / max(1, fewest)); widen "
                + "'group_size' or set 'groups'"
        )
    }

    /// The first reason the rooms cannot take the groups, or `nil`: fewer rooms than the
    /// fewest groups, a largest room too small for the smallest group and its staff, or too few
    /// seats in all (each room seating at most `group_size`'s largest plus staff).
    func roomsProblem(_ rooms: [Room], file roomsFile: String, counts: [Int]) -> InputError? {
        let sizes = rules.groupSize
        let largest = rooms.map(\.capacity).max() ?? 0
        let needed = counts.first ?? 1
        if rooms.count < needed {
            return InputError(
                file: roomsFile, field: "rooms",
                "\(rooms.count) rooms for \(needed) groups of \(peopleCount) people; add rooms or allow larger groups"
            )
        }
        if largest < sizes.lowerBound + rules.staffSeats {
            return InputError(
                file: roomsFile, field: "rooms",
                "the largest room seats \(largest), but a group of at least \(sizes.lowerBound) with "
                    + "\(rules.staffSeats) staff needs \(sizes.lowerBound + rules.staffSeats)"
            )
        }
        let usable = usableSeats(rooms, groups: max(needed, min(rooms.count, counts.last ?? needed)))
        guard usable < peopleCount else { return nil }
        return InputError(
            file: roomsFile, field: "rooms",
            "the rooms seat at most \(usable) group members (\(rules.staffSeats) seats each kept for "
                + "staff, groups of at most \(sizes.upperBound)), but \(peopleCount) people are to be grouped"
        )
    }

    /// Fewer rooms seat a group of `group_size`'s smallest with its staff than the fewest
    /// groups that hold everyone.
    func smallRoomsProblem(fitting: Int, groups: Int, file roomsFile: String) -> InputError {
        let sizes = rules.groupSize
        let seats = sizes.lowerBound + rules.staffSeats
        return InputError(
            file: roomsFile, field: "rooms",
            "\(fitting) rooms seat a group of at least \(sizes.lowerBound) with \(rules.staffSeats) staff "
                + "(\(seats) seats), but \(peopleCount) people need at least \(groups) groups; add rooms of "
                + "\(seats) seats or more, or lower the smallest size in 'group_size'"
        )
    }

    /// The group members the `groups` largest rooms seat, staff seats kept and no group above
    /// `group_size`'s largest.
    private func usableSeats(_ rooms: [Room], groups: Int) -> Int {
        let capacities = rooms.map(\.capacity).sorted(by: >)
        return capacities.prefix(groups).map { min($0 - rules.staffSeats, rules.groupSize.upperBound) }.reduce(0, +)
    }
}
