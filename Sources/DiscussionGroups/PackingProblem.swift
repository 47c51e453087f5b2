/// What the packing program decides: which clusters share a group (merging small units,
/// keeping large ones' pieces apart), how many free-standing leaders each group takes, and
/// which size of room each group needs, so that every group fits `group_size` and a room.
struct PackingProblem {
    /// Seats of one kind of room: rooms of equal capacity are interchangeable here.
    struct RoomClass: Equatable {
        /// Seats for members (capacity less the staff seats).
        var seats: Int
        /// How many rooms have this capacity.
        var count: Int
    }

    /// The clusters to pack.
    var clusters: [Cluster]
    /// The groups of each pool: pool 0 the main groups, pool 1 the non-voting attendees' own.
    var poolGroups: [Range<Int>]
    /// Group sizes, leaders included.
    var sizes: ClosedRange<Int>
    /// The smallest size a group of each pool may have (a non-voting group may be small when
    /// there are few non-voting attendees).
    var poolMinimum: [Int]
    /// Leaders who belong to no cluster, placed by count here and by name later.
    var freeLeaders: Int
    /// Leaders per group, all leaders counted: ⌊L/G⌋ … ⌈L/G⌉ (G4.2).
    var leadersPerGroup: ClosedRange<Int>
    /// The rooms by size, or `nil` when no rooms are assigned.
    var roomClasses: [RoomClass]?
    /// Pairs of clusters that must not share a group (keep-apart across clusters).
    var apart: [(Int, Int)]

    /// The number of groups.
    var groupCount: Int { poolGroups.last?.upperBound ?? 0 }

    /// People in each pool, leaders included (free leaders count in pool 0).
    var poolPeople: [Int] {
        var counts = Array(repeating: 0, count: poolGroups.count)
        for cluster in clusters { counts[cluster.pool] += cluster.members.count }
        counts[0] += freeLeaders
        return counts
    }
}

/// The packing found: the clusters of each group and each group's free leader count.
struct Packing {
    /// Cluster indexes per group.
    var groups: [[Int]]
    /// Free-standing leaders each group takes.
    var freeLeaderSlots: [Int]
    /// The members' seats of the room size each group was packed for, when rooms are assigned.
    var roomSeats: [Int]?
}
