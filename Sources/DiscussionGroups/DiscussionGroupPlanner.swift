import Optimization
import SeatPlanCore

/// Forms a meeting's discussion groups (docs/protocol.md §4) from its roster: who goes to which
/// group, who convenes it and keeps its record, and which room it meets in.
///
/// ```swift
/// let rules = try RulesFile.read(contentsOf: rulesURL)
/// let rooms = try VenueFile.read(contentsOf: roomsURL)
/// let plan = try DiscussionGroupPlanner(rules: rules, rooms: rooms).plan(roster)
/// try plan.jsonData().write(to: outURL)
/// ```
///
/// Everyone with role rostrum, member, nonvoting or guest is grouped; staff tagged `secretary`
/// may serve as a group's recorder; press and other staff are listed in
/// ``GroupPlan/notGrouped`` with the reason. Rules that cannot be kept are reported as
/// ``InputErrors`` naming the rules or venue file, line and key, before anything is written.
public struct DiscussionGroupPlanner: Sendable {
    /// The rules: ``PlanningRules/grouping`` and the keep-together / keep-apart lists.
    public let rules: PlanningRules
    /// The venue whose rooms the groups meet in, or `nil` for groups without rooms.
    public let rooms: Venue?

    /// Creates a planner.
    public init(rules: PlanningRules = PlanningRules(), rooms: Venue? = nil) {
        self.rules = rules
        self.rooms = rooms
    }

    /// Forms the groups of `roster`.
    ///
    /// - Throws: ``InputErrors`` for rules, rooms or roster tags that cannot work, each naming
    ///   its file and key; a solver error when GLPK fails numerically.
    public func plan(_ roster: Roster, meeting: String? = nil, options: GroupingOptions = GroupingOptions()) throws
        -> GroupPlan
    {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = Deadline(seconds: options.timeLimit)
        let grouping = rules.grouping
        if let rooms, rooms.rooms.isEmpty {
            throw InputErrors([
                InputError(
                    file: rooms.source, field: "rooms", "venue '\(rooms.name)' lists no rooms for the groups to meet in"
                )
            ])
        }
        let participants = try Participants(roster: roster, rules: grouping)
        guard !participants.people.isEmpty else {
            throw InputErrors([
                InputError(
                    file: roster.source, field: "role",
                    "nobody on the roster has role rostrum, member, nonvoting or guest, so there is nobody to group")
            ])
        }
        let keep = try KeepRules(rules: rules, participants: participants, roster: roster)
        let sizing = GroupSizing(
            rules: grouping, peopleCount: participants.people.count, rooms: rooms?.rooms, roomsFile: rooms?.source)
        var draft: DraftGrouping
        switch grouping.groupBy {
        case .mix:
            draft = try MixedGrouping(
                participants: participants, keep: keep, rules: grouping, sizing: sizing, options: options
            )
            .group(deadline: deadline)
        case .unit, .region, .sector:
            draft = try BlockGrouping(participants: participants, keep: keep, rules: grouping, sizing: sizing)
                .group(deadline: deadline)
        }
        try verify(draft, participants: participants, keep: keep)
        let assembly = GroupAssembly(participants: participants, rules: grouping)
        var groups = assembly.groups(from: draft.groups)
        var roomStatus: String?
        if let rooms {
            let assigned = try RoomAssignment(rooms: rooms.rooms, staffSeats: grouping.staffSeats)
                .assign(
                    groupSizes: groups.map(\.size), options: SolveOptions(timeLimit: deadline.limit(share: 1, floor: 1))
                )
            guard let chosen = assigned.rooms else {
                let largest = groups.map(\.size).max() ?? 0
                throw InputErrors([
                    InputError(
                        file: rooms.source, field: "rooms",
                        "the \(groups.count) groups (largest \(largest) + \(grouping.staffSeats) staff) do not fit the "
                            + "\(rooms.rooms.count) rooms of '\(rooms.name)' one group to a room; add or enlarge "
                            + "rooms, or change 'group_size'"
                    )
                ])
            }
            for (g, r) in chosen.enumerated() {
                groups[g].room = rooms.rooms[r].name
                groups[g].roomCapacity = rooms.rooms[r].capacity
                groups[g].roomFloor = rooms.rooms[r].floor
            }
            roomStatus = assigned.result.status.rawValue
        }
        let secretaries = assembly.assignStaffSecretaries(&groups)
        let milliseconds = Int(
            (clock.now - start).components.seconds * 1000 + (clock.now - start).components.attoseconds
                / 1_000_000_000_000_000)
        return GroupPlan(
            meeting: meeting, groupBy: grouping.groupBy, venue: rooms?.name, groups: groups,
            notGrouped: participants.notGrouped
                + participants.staffSecretaries.filter { !secretaries.contains($0.id) }.map {
                    UngroupedAttendee(attendee: $0.id, reason: "a secretary, but every group has one")
                },
            quality: GroupingQuality(
                status: draft.status, objective: draft.objective, bound: draft.bound, gap: draft.gap,
                solveMilliseconds: milliseconds, method: draft.method, roomStatus: roomStatus,
                iterations: draft.iterations),
            notes: draft.notes)
    }

    /// The last check before anything is written: everyone grouped once, sizes, leaders, keep rules.
    private func verify(_ draft: DraftGrouping, participants: Participants, keep: KeepRules) throws {
        let grouping = rules.grouping
        var assignment = Array(repeating: -1, count: participants.people.count)
        var problems: [String] = []
        for (g, members) in draft.groups.enumerated() {
            for person in members {
                if assignment[person] != -1 { problems.append("\(participants.people[person].id) is in two groups") }
                assignment[person] = g
            }
        }
        if let missing = assignment.firstIndex(of: -1) {
            problems.append("\(participants.people[missing].id) is in no group")
        }
        let cap = GroupSizing.leadersPerGroup(participants.leaders.count, groups: draft.groups.count).upperBound
        for (g, members) in draft.groups.enumerated() {
            let leaders = members.count { participants.leaders.contains($0) }
            if leaders > cap { problems.append("group \(g + 1) has \(leaders) leaders, more than \(cap)") }
            if members.count > grouping.groupSize.upperBound {
                problems.append(
                    "group \(g + 1) has \(members.count) people, more than \(grouping.groupSize.upperBound)")
            }
        }
        if problems.isEmpty, assignment.allSatisfy({ $0 >= 0 }) {
            problems += keep.violations(of: assignment, people: participants.people)
        }
        if !problems.isEmpty {
            throw InputErrors([
                grouping.origin.error(
                    "group_by", "the groups found break the rules: " + problems.joined(separator: "; "))
            ])
        }
    }
}
