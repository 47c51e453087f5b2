import Optimization
import SeatPlanCore

/// The rooms step of ``DiscussionGroupPlanner``: one group to a room, solved with GLPK.
extension DiscussionGroupPlanner {
    /// Puts each of `groups` in a room of ``rooms`` that seats it and its staff; returns how
    /// the room assignment ended, or `nil` without rooms.
    ///
    /// - Throws: ``InputErrors`` naming the rooms file when the groups do not fit the rooms.
    func assignRooms(to groups: inout [DiscussionGroup], deadline: Deadline) throws -> String? {
        guard let rooms else { return nil }
        let staffSeats = rules.grouping.staffSeats
        let assigned = try RoomAssignment(rooms: rooms.rooms, staffSeats: staffSeats)
            .assign(
                groupSizes: groups.map(\.size), options: SolveOptions(timeLimit: deadline.limit(share: 1, floor: 1)))
        guard let chosen = assigned.rooms else {
            let largest = groups.map(\.size).max() ?? 0
            throw InputErrors([
                InputError(
                    file: rooms.source, field: "rooms",
                    "the \(groups.count) groups (largest \(largest) + \(staffSeats) staff) do not fit the "
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
        return assigned.result.status.rawValue
    }
}
