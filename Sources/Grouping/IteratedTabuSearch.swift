import SeatPlanCore
import SeededRandom

/// Iterated tabu search for the Maximally Diverse Grouping Problem, in the line of Lai & Hao
/// (2016, iterated maxima search) and Palubeckis et al. (2011, iterated tabu search):
///
/// 1. a random feasible grouping is improved by a first-improvement descent over moves (one
///    element to another group, when the sizes allow) and swaps (two elements of different
///    groups exchange groups);
/// 2. a tabu search then takes the best admissible move or swap at every step, even when it
///    worsens the objective; an element that leaves a group may not return to it for a random
///    tenure, unless that would beat the best grouping found (aspiration);
/// 3. after `depth` steps without improving its own best, the search restarts from that run's
///    best grouping (or from the best found, when the run ended more than
///    `settings.acceptance` below it), perturbed by random swaps and moves.
///
/// Every delta is O(1) from the ``GroupingState`` table and applying a step is O(n); a step of
/// the tabu search scans the move and swap neighbourhoods group pair by group pair, skipping
/// the pairs whose bound cannot beat the best step so far, with a candidate list when n is
/// large (see `bestStep()`).
final class IteratedTabuSearch<Scalar: BinaryFloatingPoint> {
    let state: GroupingState<Scalar>
    let limits: SearchLimits
    var settings: TabuSettings
    var random: SeededGenerator
    /// Improvements below this are treated as rounding noise.
    let epsilon: Double
    /// `tabu[i * G + g]`: the iteration until which element `i` may not enter group `g`.
    let tabu: UnsafeMutableBufferPointer<Int>
    /// Each element's gain towards its own group (kept by `refreshTables()`).
    let own: UnsafeMutableBufferPointer<Double>
    /// `bestIn[b * G + a]`: the best move delta into group a of a member of group b (kept by
    /// `refreshTables()`).
    let bestIn: UnsafeMutableBufferPointer<Double>
    /// Scratch: the move deltas into group A of the members of group B, for one group pair.
    let pairScratch: UnsafeMutableBufferPointer<Double>
    /// The smallest d(i, j) over all pairs, for the group-pair bound.
    let smallestDiversity: Double
    /// Whether `own` and `bestIn` must be rebuilt in full (after a load); otherwise only the
    /// entries of `touchedGroups`, the groups the last step changed, are refreshed.
    var tablesStale = true
    var touchedGroups = (0, 0)
    /// The smallest d(i, j) of each row, for the swap bound.
    let rowMinimum: UnsafeMutableBufferPointer<Double>

    /// Tabu-search steps and descent improvements made so far.
    var iterations = 0
    /// The best grouping found and its objective.
    private(set) var best: [Int] = []
    private(set) var bestObjective = -Double.infinity

    /// The mean of the off-diagonal diversities, which decides the starting group sizes.
    let meanDiversity: Double

    init(state: GroupingState<Scalar>, limits: SearchLimits, seed: UInt64, epsilon: Double, meanDiversity: Double) {
        self.meanDiversity = meanDiversity
        self.state = state
        self.limits = limits
        settings = TabuSettings.standard(count: state.n, groupCount: state.groupCount)
        random = SeededGenerator(seed: seed)
        self.epsilon = epsilon
        tabu = .allocate(capacity: state.n * state.groupCount)
        tabu.initialize(repeating: 0)
        own = .allocate(capacity: state.n)
        own.initialize(repeating: 0)
        bestIn = .allocate(capacity: state.groupCount * state.groupCount)
        bestIn.initialize(repeating: 0)
        pairScratch = .allocate(capacity: state.n)
        pairScratch.initialize(repeating: 0)
        rowMinimum = .allocate(capacity: state.n)
        var smallest = Double.infinity
        for i in 0..<state.n {
            var minimum = Double.infinity
            for j in 0..<state.n where j != i { minimum = min(minimum, Double(state.d[i * state.n + j])) }
            rowMinimum.initializeElement(at: i, to: minimum.isFinite ? minimum : 0)
            smallest = min(smallest, rowMinimum[i])
        }
        smallestDiversity = smallest.isFinite ? smallest : 0
    }

    deinit {
        tabu.deallocate()
        own.deallocate()
        bestIn.deallocate()
        pairScratch.deallocate()
        rowMinimum.deallocate()
    }

    /// Whether the search must stop now.
    var shouldStop: Bool { limits.exhausted(iterations) || limits.expired }

    /// Runs until the time or iteration limit and returns the best grouping found.
    func run(initial: [Int]? = nil) -> [Int] {
        let start =
            initial
            ?? InitialGrouping.random(
                count: state.n, sizes: zip(state.lower, state.upper).map { $0...$1 }, meanDiversity: meanDiversity,
                using: &random)
        state.load(start)
        descend()
        record()
        guard state.n > 1, state.groupCount > 1 else { return best }
        while !shouldStop {
            let before = iterations
            let (runBest, runObjective) = tabuSearch()
            // Without a single step (no neighbour at all) restarting would change nothing.
            if shouldStop || iterations == before { break }
            // Continue from this run's best when it is close to the best found (a walk over
            // local optima), else from the best found.
            let accept = runObjective >= bestObjective - settings.acceptance * abs(bestObjective)
            perturb(accept ? runBest : best)
        }
        return best
    }

    /// Keeps the current grouping if it beats the best one.
    func record() {
        if state.objective > bestObjective + epsilon || best.isEmpty {
            best = state.assignment
            bestObjective = state.objective
        }
    }

    // MARK: Descent

    /// First-improvement descent: each element in random order takes its best improving move
    /// or swap, until a full pass improves nothing (or time is up).
    func descend() {
        let n = state.n
        var order = Array(0..<n)
        var improved = true
        while improved, !limits.expired {
            improved = false
            for index in stride(from: n - 1, to: 0, by: -1) {
                order.swapAt(index, Int.random(in: 0...index, using: &random))
            }
            for i in order {
                if improveElement(i) {
                    improved = true
                    iterations += 1
                }
            }
        }
    }

    /// Applies the best improving move or swap of element `i`, if there is one: O(n + G).
    private func improveElement(_ i: Int) -> Bool {
        let n = state.n
        let gain = state.gain
        let group = state.group
        let d = state.d
        let a = group[i]
        let ownI = gain[a * n + i]
        var bestDelta = epsilon
        var bestMove = -1
        var bestSwap = -1
        if state.size[a] > state.lower[a] {
            for b in 0..<state.groupCount where b != a && state.size[b] < state.upper[b] {
                let delta = gain[b * n + i] - ownI
                if delta > bestDelta {
                    bestDelta = delta
                    bestMove = b
                }
            }
        }
        let baseA = a * n
        let row = i * n
        for j in 0..<n {
            let b = group[j]
            if b == a { continue }
            let delta = gain[b * n + i] - ownI + gain[baseA + j] - gain[b * n + j] - 2 * Double(d[row + j])
            if delta > bestDelta {
                bestDelta = delta
                bestSwap = j
                bestMove = -1
            }
        }
        if bestSwap >= 0 {
            state.swap(i, bestSwap)
            return true
        }
        if bestMove >= 0 {
            state.move(i, to: bestMove)
            return true
        }
        return false
    }
}
