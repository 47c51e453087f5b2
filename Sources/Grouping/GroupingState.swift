/// A grouping under search with its delta table: `gain[g·n + i] = Σ_{j in g} d(i, j)`, the
/// "gamma" of Lai & Hao (2016), kept transposed so that the update after a move is two
/// contiguous O(n) sweeps. With it, the change of the objective for moving `i` from group A
/// to B is `gain[B][i] − gain[A][i]` (O(1)), and for swapping `i ∈ A` with `j ∈ B` it is
/// `gain[B][i] − gain[A][i] + gain[A][j] − gain[B][j] − 2 d(i, j)`.
///
/// The buffers are allocated once per solve and freed with the state; the matrix `d` is
/// borrowed and must outlive it.
final class GroupingState<Scalar: BinaryFloatingPoint> {
    let n: Int
    let groupCount: Int
    /// The n × n diversity values, row-major (borrowed).
    let d: UnsafeBufferPointer<Scalar>
    /// Size bounds per group.
    let lower: [Int]
    let upper: [Int]
    /// The group of each element.
    let group: UnsafeMutableBufferPointer<Int>
    /// The delta table, group-major: `gain[g * n + i]`.
    let gain: UnsafeMutableBufferPointer<Double>
    /// Current group sizes.
    let size: UnsafeMutableBufferPointer<Int>
    /// The members of each group: group g's are `members[memberStart[g] ..< memberStart[g] + size[g]]`.
    let members: UnsafeMutableBufferPointer<Int>
    let memberStart: [Int]
    /// Each element's index in `members`.
    let slot: UnsafeMutableBufferPointer<Int>
    /// The objective of the current grouping, maintained incrementally.
    private(set) var objective: Double = 0

    init(d: UnsafeBufferPointer<Scalar>, count n: Int, sizes: [ClosedRange<Int>]) {
        self.n = n
        self.d = d
        groupCount = sizes.count
        lower = sizes.map(\.lowerBound)
        upper = sizes.map(\.upperBound)
        group = .allocate(capacity: n)
        group.initialize(repeating: 0)
        gain = .allocate(capacity: n * sizes.count)
        gain.initialize(repeating: 0)
        size = .allocate(capacity: sizes.count)
        size.initialize(repeating: 0)
        var starts: [Int] = []
        var total = 0
        for range in sizes {
            starts.append(total)
            total += min(range.upperBound, n)
        }
        memberStart = starts
        members = .allocate(capacity: max(1, total))
        members.initialize(repeating: 0)
        slot = .allocate(capacity: n)
        slot.initialize(repeating: 0)
    }

    deinit {
        group.deallocate()
        gain.deallocate()
        size.deallocate()
        members.deallocate()
        slot.deallocate()
    }

    /// The current assignment as an array.
    var assignment: [Int] { Array(group) }

    /// Loads an assignment and rebuilds the delta table and objective from scratch: O(n²).
    func load(_ assignment: [Int]) {
        for i in 0..<n { group[i] = assignment[i] }
        rebuild()
    }

    /// Recomputes sizes, the delta table and the objective from the assignment, removing any
    /// rounding drift of the incremental updates.
    func rebuild() {
        size.update(repeating: 0)
        gain.update(repeating: 0)
        for i in 0..<n {
            let g = group[i]
            slot[i] = memberStart[g] + size[g]
            members[slot[i]] = i
            size[g] += 1
        }
        var total = 0.0
        for j in 0..<n {
            let base = group[j] * n
            let row = j * n
            for i in 0..<n { gain[base + i] += Double(d[row + i]) }
        }
        for i in 0..<n { total += gain[group[i] * n + i] }
        objective = total / 2
    }

    /// The objective change of moving element `i` to group `target`: O(1).
    @inline(__always)
    func moveDelta(_ i: Int, to target: Int) -> Double {
        gain[target * n + i] - gain[group[i] * n + i]
    }

    /// The objective change of swapping the groups of `i` and `j` (in different groups): O(1).
    @inline(__always)
    func swapDelta(_ i: Int, _ j: Int) -> Double {
        let a = group[i]
        let b = group[j]
        return gain[b * n + i] - gain[a * n + i] + gain[a * n + j] - gain[b * n + j] - 2 * Double(d[i * n + j])
    }

    /// Moves element `v` to group `target`, updating the delta table: O(n).
    func move(_ v: Int, to target: Int) {
        let source = group[v]
        guard source != target else { return }
        objective += moveDelta(v, to: target)
        let from = source * n
        let to = target * n
        let row = v * n
        for j in 0..<n {
            let value = Double(d[row + j])
            gain[from + j] -= value
            gain[to + j] += value
        }
        group[v] = target
        // Leave the source's member list (its last member takes v's place), join the target's.
        size[source] -= 1
        let last = members[memberStart[source] + size[source]]
        members[slot[v]] = last
        slot[last] = slot[v]
        slot[v] = memberStart[target] + size[target]
        members[slot[v]] = v
        size[target] += 1
    }

    /// Swaps the groups of `u` and `v` (in different groups), updating the delta table: O(n).
    func swap(_ u: Int, _ v: Int) {
        let a = group[u]
        let b = group[v]
        guard a != b else { return }
        objective += swapDelta(u, v)
        let rowA = a * n
        let rowB = b * n
        let rowU = u * n
        let rowV = v * n
        for j in 0..<n {
            let change = Double(d[rowU + j]) - Double(d[rowV + j])
            gain[rowA + j] -= change
            gain[rowB + j] += change
        }
        group[u] = b
        group[v] = a
        let slotU = slot[u]
        slot[u] = slot[v]
        slot[v] = slotU
        members[slot[u]] = u
        members[slot[v]] = v
    }

    /// Whether a move from `source` to `target` keeps both sizes within bounds.
    @inline(__always)
    func canMove(from source: Int, to target: Int) -> Bool {
        size[source] > lower[source] && size[target] < upper[target]
    }
}
