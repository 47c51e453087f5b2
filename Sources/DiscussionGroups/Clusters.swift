import SeatPlanCore

/// A set of people that goes into one group whole: a unit (or region, or sector), a near-equal
/// piece of one that is too large for a group, or several joined by keep-together rules.
struct Cluster: Equatable {
    /// Indexes into ``Participants/people``.
    var members: [Int]
    /// How many of the members are leaders to spread.
    var leaderCount: Int
    /// 0 for the main groups, 1 for the non-voting attendees' own groups.
    var pool: Int
    /// The unit, region or sector it came from, for messages.
    var label: String
    /// The block it came from: pieces of one block never share a group.
    var block: Int
    /// Parent, sector or region values: clusters sharing one prefer to share a group.
    var mergeKeys: [String]
    /// The official order of its first unit, then its first person's precedence.
    var order: [Int]
}

/// Forms the clusters of `group_by: unit | region | sector` (protocol G4.1): everyone who is
/// not a free-standing leader is blocked by their unit (or `region:` / `sector:` tag); a block
/// larger than `capacity` is cut into the fewest near-equal pieces (sizes differing by at most
/// one, cut in official order so units stay whole where they can); keep-together sets join
/// their pieces; non-voting attendees form blocks of their own with `nonvoting: own_group`.
struct ClusterBuilder {
    let participants: Participants
    let keep: KeepRules
    let rules: GroupingRules

    /// The block key of each non-leader person, or the roster errors of people without the tag
    /// their mode needs.
    func blockKeys() throws(InputErrors) -> [Int: String] {
        let leaders = Set(participants.leaders)
        var keys: [Int: String] = [:]
        var missing: [Attendee] = []
        for (position, person) in participants.people.enumerated() where !leaders.contains(position) {
            if rules.nonvoting == .ownGroup, person.role == .nonvoting {
                keys[position] = "列席人员"
                continue
            }
            switch rules.groupBy {
            case .unit, .mix: keys[position] = person.unit
            case .region, .sector:
                let tag = rules.groupBy == .region ? RosterTags.region : RosterTags.sector
                if let value = RosterTags.value(tag, of: person) {
                    keys[position] = value
                } else {
                    missing.append(person)
                }
            }
        }
        guard missing.isEmpty else {
            let tag = rules.groupBy.rawValue
            let sample = missing.prefix(5).map { "\($0.id) \($0.name)" }.joined(separator: ", ")
            throw InputErrors([
                rules.origin.error(
                    "group_by",
                    "group_by: \(tag) needs a '\(tag):' tag on everyone grouped, but \(missing.count) have none "
                        + "(\(sample)\(missing.count > 5 ? ", …" : "")); add e.g. '\(tag):…' to their tags column"
                )
            ])
        }
        return keys
    }

    /// The clusters when no piece may exceed `capacity` people; a block larger than that is cut
    /// into at least as many pieces as groups of `meanMembers` non-leaders it fills.
    func clusters(keys: [Int: String], capacity: Int, meanMembers: Double = .infinity) throws(InputErrors) -> [Cluster]
    {
        let people = participants.people
        var blocks: [String: [Int]] = [:]
        for (position, key) in keys { blocks[key, default: []].append(position) }
        let byOrder: (Int, Int) -> Bool = { a, b in
            (people[a].unitOrder, people[a].unit, people[a].precedence, a) < (
                people[b].unitOrder, people[b].unit, people[b].precedence, b
            )
        }
        let blockNames = blocks.keys.sorted { a, b in
            let first = blocks[a]?.min(by: byOrder)
            let second = blocks[b]?.min(by: byOrder)
            return (first.map { people[$0].unitOrder } ?? 0, a) < (second.map { people[$0].unitOrder } ?? 0, b)
        }
        var pieces: [Cluster] = []
        var problems: [InputError] = []
        for (blockNumber, name) in blockNames.enumerated() {
            let members = (blocks[name] ?? []).sorted(by: byOrder)
            var count = max(1, (members.count + capacity - 1) / max(1, capacity))
            if count > 1, meanMembers.isFinite, meanMembers >= 1 {
                count = max(count, Int((Double(members.count) / meanMembers).rounded()))
            }
            var split = Self.nearEqualPieces(members, count: count)
            if let problem = separateApart(&split, block: name) { problems.append(problem) }
            for piece in split {
                pieces.append(
                    Cluster(
                        members: piece, leaderCount: 0,
                        pool: keys[piece[0]] == "列席人员" && rules.nonvoting == .ownGroup ? 1 : 0,
                        label: name, block: blockNumber, mergeKeys: mergeKeys(piece),
                        order: [people[piece[0]].unitOrder, people[piece[0]].precedence]))
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        return joinKeptTogether(pieces, blockCount: blockNames.count)
    }

    /// `members` cut into `count` consecutive pieces whose sizes differ by at most one.
    static func nearEqualPieces(_ members: [Int], count: Int) -> [[Int]] {
        guard count > 1 else { return [members] }
        var pieces: [[Int]] = []
        var start = 0
        for piece in 0..<count {
            let size = members.count / count + (piece < members.count % count ? 1 : 0)
            pieces.append(Array(members[start..<(start + size)]))
            start += size
        }
        return pieces
    }

    /// The values a cluster merges by: its most common parent, sector and region (less the
    /// one it is grouped by).
    private func mergeKeys(_ members: [Int]) -> [String] {
        var keys: [String] = []
        for tag in [RosterTags.parent, RosterTags.sector, RosterTags.region] {
            if rules.groupBy.rawValue == tag { continue }
            var counts: [String: Int] = [:]
            for person in members {
                if let value = RosterTags.value(tag, of: participants.people[person]) { counts[value, default: 0] += 1 }
            }
            if let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
                keys.append("\(tag):\(best.key)")
            }
        }
        return keys
    }
}
