import SeatPlanCore

/// The checks of ``DiscussionGroupPlanner``: inputs that cannot work, reported before any
/// solver runs, and the draft groups checked against the rules before anything is written.
extension DiscussionGroupPlanner {
    /// Rooms given, but none listed.
    func checkRoomsListed() throws(InputErrors) {
        guard let rooms, rooms.rooms.isEmpty else { return }
        throw InputErrors([
            InputError(
                file: rooms.source, field: "rooms", "venue '\(rooms.name)' lists no rooms for the groups to meet in")
        ])
    }

    /// The people of `roster` to group; an error when there are none.
    func groupedParticipants(of roster: Roster) throws(InputErrors) -> Participants {
        let participants = try Participants(roster: roster, rules: rules.grouping)
        guard !participants.people.isEmpty else {
            throw InputErrors([
                InputError(
                    file: roster.source, field: "role",
                    "nobody on the roster has role rostrum, member, nonvoting or guest, so there is nobody to group")
            ])
        }
        return participants
    }

    /// The last check before anything is written: everyone grouped once, sizes, leaders, keep rules.
    func verify(_ draft: DraftGrouping, participants: Participants, keep: KeepRules) throws {
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
