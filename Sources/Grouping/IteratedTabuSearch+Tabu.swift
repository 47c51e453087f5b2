/// One step of the tabu search: a move of element `i` to `target`, or a swap of `i` and `j`.
struct TabuStep {
    var delta: Double
    var i: Int
    var j: Int
    var target: Int

    var isSwap: Bool { j >= 0 }
}

extension IteratedTabuSearch {
    /// Tabu search from the current grouping until `settings.depth` steps pass without
    /// improving the best grouping of this run; the best grouping found is recorded.
    func tabuSearch() {
        tabu.update(repeating: 0)
        var runBest = state.objective
        var stale = 0
        while stale < settings.depth, !shouldStop {
            guard let step = bestStep() else { break }
            apply(step)
            iterations += 1
            if state.objective > runBest + epsilon {
                runBest = state.objective
                stale = 0
                record()
            } else {
                stale += 1
            }
        }
    }

    /// Applies a step and makes its reversal tabu.
    private func apply(_ step: TabuStep) {
        let g = state.groupCount
        let a = state.group[step.i]
        if step.isSwap {
            let b = state.group[step.j]
            state.swap(step.i, step.j)
            tabu[step.i * g + a] = iterations + tenure()
            tabu[step.j * g + b] = iterations + tenure()
        } else {
            state.move(step.i, to: step.target)
            tabu[step.i * g + a] = iterations + tenure()
        }
    }

    private func tenure() -> Int {
        settings.tenure + Int.random(in: 0...settings.tenure, using: &random)
    }

    /// The best admissible step: not tabu, or tabu but leading past the best objective.
    /// Ties are broken uniformly at random. `nil` when the neighbourhood is empty.
    func bestStep() -> TabuStep? {
        let n = state.n, g = state.groupCount
        let gain = state.gain, group = state.group, d = state.d, size = state.size
        let lower = state.lower, upper = state.upper
        let now = iterations
        // A step with a delta above this beats the best grouping and ignores tabu status.
        let aspiration = bestObjective - state.objective + epsilon
        var best = TabuStep(delta: -.infinity, i: -1, j: -1, target: -1)
        var ties = 0
        var fallback: TabuStep?

        for i in 0..<n { own[i] = gain[group[i] * n + i] }
        let rows = scanRows()
        let sampled = rows.count < n

        // Moves, when some group can shrink and another grow.
        for i in rows {
            let a = group[i]
            if size[a] <= lower[a] { continue }
            let ownI = own[i]
            for b in 0..<g where b != a && size[b] < upper[b] {
                let delta = gain[b * n + i] - ownI
                if delta < best.delta { continue }
                let step = TabuStep(delta: delta, i: i, j: -1, target: b)
                if tabu[i * g + b] > now && delta <= aspiration {
                    if fallback == nil { fallback = step }
                    continue
                }
                consider(step, best: &best, ties: &ties)
            }
        }
        // Swaps.
        for i in rows {
            let a = group[i]
            for b in 0..<g { rowGain[b] = gain[b * n + i] }
            let ownI = own[i]
            let baseA = a * n
            let row = i * n
            for j in (sampled ? 0 : i + 1)..<n {
                let b = group[j]
                if b == a { continue }
                let delta = rowGain[b] - ownI + gain[baseA + j] - own[j] - 2 * Double(d[row + j])
                if delta < best.delta { continue }
                let step = TabuStep(delta: delta, i: i, j: j, target: b)
                if (tabu[i * g + b] > now || tabu[j * g + a] > now) && delta <= aspiration {
                    if fallback == nil { fallback = step }
                    continue
                }
                consider(step, best: &best, ties: &ties)
            }
        }
        return best.i >= 0 ? best : fallback
    }

    @inline(__always)
    private func consider(_ step: TabuStep, best: inout TabuStep, ties: inout Int) {
        if step.delta > best.delta {
            best = step
            ties = 1
        } else {
            ties += 1
            if Int.random(in: 0..<ties, using: &random) == 0 { best = step }
        }
    }

    /// The elements whose moves and swaps are scanned this step: all of them when the full
    /// neighbourhood is affordable, else a random sample.
    private func scanRows() -> [Int] {
        let n = state.n
        if n <= settings.fullScanLimit { return Array(0..<n) }
        let count = min(n, max(8, settings.sampledEvaluations / n))
        var picked = Set<Int>()
        var rows: [Int] = []
        rows.reserveCapacity(count)
        while rows.count < count {
            let i = Int.random(in: 0..<n, using: &random)
            if picked.insert(i).inserted { rows.append(i) }
        }
        return rows
    }

    /// Restarts from the best grouping, changed by random swaps (and moves where the sizes
    /// allow).
    func perturbBest() {
        state.load(best)
        let n = state.n, g = state.groupCount
        var applied = 0
        var attempts = 0
        while applied < settings.perturbation, attempts < 20 * settings.perturbation {
            attempts += 1
            let i = Int.random(in: 0..<n, using: &random)
            if Bool.random(using: &random) {
                let target = Int.random(in: 0..<g, using: &random)
                guard target != state.group[i], state.canMove(from: state.group[i], to: target) else { continue }
                state.move(i, to: target)
            } else {
                let j = Int.random(in: 0..<n, using: &random)
                guard state.group[i] != state.group[j] else { continue }
                state.swap(i, j)
            }
            applied += 1
        }
    }
}
