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
    func tabuSearch() -> (assignment: [Int], objective: Double) {
        tabu.update(repeating: 0)
        tablesStale = true
        var runBest = state.objective
        var runAssignment = state.assignment
        var stale = 0
        while stale < settings.depth, !shouldStop {
            guard let step = bestStep() else { break }
            apply(step)
            iterations += 1
            if state.objective > runBest + epsilon {
                runBest = state.objective
                runAssignment = state.assignment
                stale = 0
                record()
            } else {
                stale += 1
            }
        }
        return (runAssignment, runBest)
    }

    /// Applies a step and makes its reversal tabu.
    private func apply(_ step: TabuStep) {
        let g = state.groupCount
        let a = state.group[step.i]
        if step.isSwap {
            let b = state.group[step.j]
            touchedGroups = (a, b)
            state.swap(step.i, step.j)
            tabu[step.i * g + a] = iterations + tenure()
            tabu[step.j * g + b] = iterations + tenure()
        } else {
            touchedGroups = (a, step.target)
            state.move(step.i, to: step.target)
            tabu[step.i * g + a] = iterations + tenure()
        }
    }

    private func tenure() -> Int {
        settings.tenure + Int.random(in: 0...settings.tenure, using: &random)
    }

    /// Restarts from `start`, changed by random swaps (and moves where the sizes allow).
    func perturb(_ start: [Int]) {
        state.load(start)
        let n = state.n
        let g = state.groupCount
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
