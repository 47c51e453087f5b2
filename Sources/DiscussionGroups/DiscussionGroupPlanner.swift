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
        try checkRoomsListed()
        let participants = try groupedParticipants(of: roster)
        let keep = try KeepRules(rules: rules, participants: participants, roster: roster)
        let sizing = GroupSizing(
            rules: grouping, peopleCount: participants.people.count, rooms: rooms?.rooms, roomsFile: rooms?.source)
        let draft = try draftGroups(
            participants: participants, keep: keep, sizing: sizing, options: options, deadline: deadline)
        try verify(draft, participants: participants, keep: keep)
        let assembly = GroupAssembly(participants: participants, rules: grouping)
        var groups = assembly.groups(from: draft.groups)
        let roomStatus = try assignRooms(to: &groups, deadline: deadline)
        let secretaries = assembly.assignStaffSecretaries(&groups)
        let milliseconds = Self.milliseconds(from: start, to: clock.now)
        return GroupPlan(
            meeting: meeting, groupBy: grouping.groupBy, venue: rooms?.name, groups: groups,
            notGrouped: notGrouped(participants, secretaries: secretaries),
            quality: GroupingQuality(
                status: draft.status, objective: draft.objective, bound: draft.bound, gap: draft.gap,
                solveMilliseconds: milliseconds, method: draft.method, roomStatus: roomStatus,
                iterations: draft.iterations),
            notes: draft.notes)
    }

    /// Who shares a group, before the groups are ordered and named: the diverse grouping search
    /// for `group_by: mix`, the packing program otherwise.
    private func draftGroups(
        participants: Participants, keep: KeepRules, sizing: GroupSizing, options: GroupingOptions,
        deadline: Deadline
    ) throws -> DraftGrouping {
        let grouping = rules.grouping
        switch grouping.groupBy {
        case .mix:
            return try MixedGrouping(
                participants: participants, keep: keep, rules: grouping, sizing: sizing, options: options
            )
            .group(deadline: deadline)
        case .unit, .region, .sector:
            return try BlockGrouping(participants: participants, keep: keep, rules: grouping, sizing: sizing)
                .group(deadline: deadline)
        }
    }

    /// Everyone in no group: press and staff with the reason, and the staff secretaries
    /// (`secretaries` holds those serving) that no group needed.
    private func notGrouped(_ participants: Participants, secretaries: Set<String>) -> [UngroupedAttendee] {
        participants.notGrouped
            + participants.staffSecretaries.filter { !secretaries.contains($0.id) }.map {
                UngroupedAttendee(attendee: $0.id, reason: "a secretary, but every group has one")
            }
    }

    /// Whole milliseconds from `start` to `end`.
    private static func milliseconds(from start: ContinuousClock.Instant, to end: ContinuousClock.Instant) -> Int {
        let elapsed = (end - start).components
        return Int(elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000)
    }
}
