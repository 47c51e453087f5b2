extension IteratedTabuSearch {
    /// The best admissible step: not tabu, or tabu but leading past the best objective.
    /// Ties are broken uniformly at random. `nil` when the neighbourhood is empty.
    ///
    /// Both neighbourhoods are scanned group pair by group pair and pruned with `bestIn`:
    /// a move of a member of B into A gains at most `bestIn[B][A]`; a swap of `i ∈ A` with
    /// `j ∈ B` changes the objective by `m_i(B) + m_j(A) − 2 d(i, j)` (m = move delta), at most
    /// `bestIn[A][B] + bestIn[B][A] − 2 min d` for the pair of groups and at most
    /// `m_i(B) + bestIn[B][A] − 2 min_j d(i, j)` for one `i`. Pairs and rows whose bound is
    /// below the best step so far are skipped. Above `settings.fullScanLimit` elements the scan
    /// stops after `settings.sampledEvaluations` pair evaluations (a candidate list: the most
    /// promising group pair first, then the others from a random starting pair).
    func bestStep() -> TabuStep? {
        refreshTables()
        var scan = StepScan(aspiration: bestObjective - state.objective + epsilon, now: iterations)
        scanMoves(&scan)
        scanSwaps(&scan)
        return scan.best.i >= 0 ? scan.best : scan.fallback
    }

    /// The running choice of a step scan.
    struct StepScan {
        /// A step with a delta above this beats the best grouping and ignores tabu status.
        let aspiration: Double
        let now: Int
        var best = TabuStep(delta: -.infinity, i: -1, j: -1, target: -1)
        var ties = 0
        /// The first tabu step met, used only when every step is tabu.
        var fallback: TabuStep?
        var evaluations = 0
    }

    /// Moves of a member of a group that can shrink into a group that can grow.
    private func scanMoves(_ scan: inout StepScan) {
        let n = state.n
        let g = state.groupCount
        let gain = state.gain
        let size = state.size
        let members = state.members
        for b in 0..<g where size[b] > state.lower[b] {
            let start = state.memberStart[b]
            for a in 0..<g where a != b && size[a] < state.upper[a] {
                if bestIn[b &* g &+ a] < scan.best.delta { continue }
                for k in start..<(start &+ size[b]) {
                    let j = members[k]
                    let delta = gain[a &* n &+ j] - own[j]
                    if delta < scan.best.delta { continue }
                    let step = TabuStep(delta: delta, i: j, j: -1, target: a)
                    offer(step, tabu: tabu[j &* g &+ a] > scan.now, to: &scan)
                }
            }
        }
    }

    /// Swaps, group pair by group pair, the most promising pair first.
    private func scanSwaps(_ scan: inout StepScan) {
        let g = state.groupCount
        guard g > 1 else { return }
        let slack = 2 * smallestDiversity
        var top = (0, 1)
        var topBound = -Double.infinity
        for a in 0..<g {
            for b in (a &+ 1)..<g {
                let bound = bestIn[a &* g &+ b] + bestIn[b &* g &+ a] - slack
                if bound > topBound {
                    topBound = bound
                    top = (a, b)
                }
            }
        }
        scanPair(top.0, top.1, &scan)
        let limited = state.n > settings.fullScanLimit
        let pairCount = g * (g - 1) / 2
        let offset = limited ? Int.random(in: 0..<pairCount, using: &random) : 0
        var a = 0
        var b = 1
        // Walk the pairs (a < b) in order, starting at pair number `offset`, wrapping around.
        for _ in 0..<offset {
            b += 1
            if b == g {
                a += 1
                b = a + 1
            }
        }
        for _ in 0..<pairCount {
            if limited, scan.evaluations >= settings.sampledEvaluations { return }
            if (a, b) != top, bestIn[a &* g &+ b] + bestIn[b &* g &+ a] - slack >= scan.best.delta {
                scanPair(a, b, &scan)
            }
            b += 1
            if b == g {
                a += 1
                if a == g - 1 { a = 0 }
                b = a + 1
            }
        }
    }

    /// Every swap of a member of `a` with a member of `b`.
    private func scanPair(_ a: Int, _ b: Int, _ scan: inout StepScan) {
        let n = state.n
        let g = state.groupCount
        let gain = state.gain
        let size = state.size
        let members = state.members
        let d = state.d
        let startA = state.memberStart[a]
        let startB = state.memberStart[b]
        let countB = size[b]
        // m_j(a) of b's members, once per pair.
        for k in 0..<countB {
            let j = members[startB &+ k]
            pairScratch[k] = gain[a &* n &+ j] - own[j]
        }
        let bestIntoA = bestIn[b &* g &+ a]
        for k in startA..<(startA &+ size[a]) {
            let i = members[k]
            let moveI = gain[b &* n &+ i] - own[i]
            if moveI + bestIntoA - 2 * rowMinimum[i] < scan.best.delta { continue }
            let row = i &* n
            let tabuI = tabu[i &* g &+ b] > scan.now
            scan.evaluations &+= countB
            for l in 0..<countB {
                let delta = moveI + pairScratch[l] - 2 * Double(d[row &+ members[startB &+ l]])
                if delta < scan.best.delta { continue }
                let j = members[startB &+ l]
                let step = TabuStep(delta: delta, i: i, j: j, target: b)
                offer(step, tabu: tabuI || tabu[j &* g &+ a] > scan.now, to: &scan)
            }
        }
    }

    /// Takes `step` if it is admissible and at least as good as the best so far (ties at random).
    @inline(__always)
    private func offer(_ step: TabuStep, tabu isTabu: Bool, to scan: inout StepScan) {
        if isTabu && step.delta <= scan.aspiration {
            if scan.fallback == nil { scan.fallback = step }
            return
        }
        if step.delta > scan.best.delta {
            scan.best = step
            scan.ties = 1
        } else {
            scan.ties += 1
            if Int.random(in: 0..<scan.ties, using: &random) == 0 { scan.best = step }
        }
    }
}
