import SeatPlanCore
import SeededRandom
import Testing

@testable import Grouping

@Suite("Incremental gain table")
struct GroupingStateTests {
    @Test("After random moves and swaps the table, sizes, member lists and objective match a rebuild")
    func incrementalMatchesRebuild() throws {
        let count = 37
        let matrix = DiversityMatrix(count: count) { i, j in Double((i * 7919 + j * 104_729) % 201) - 100 }
        let problem = try GroupingProblem(diversity: matrix, groupSizes: [5...12, 8...9, 3...15, 6...10])
        guard case .double(let values) = matrix.storage else {
            Issue.record("expected double storage")
            return
        }
        var random = SeededGenerator(seed: 42)
        values.withUnsafeBufferPointer { d in
            let state = GroupingState(d: d, count: count, sizes: problem.groupSizes)
            state.load(
                InitialGrouping.random(count: count, sizes: problem.groupSizes, meanDiversity: 0, using: &random))
            for _ in 0..<500 {
                let i = Int.random(in: 0..<count, using: &random)
                let j = Int.random(in: 0..<count, using: &random)
                let target = Int.random(in: 0..<4, using: &random)
                let before = state.objective
                if Bool.random(using: &random), state.group[i] != state.group[j] {
                    let delta = state.swapDelta(i, j)
                    state.swap(i, j)
                    #expect(abs(state.objective - before - delta) < 1e-9)
                } else if target != state.group[i], state.canMove(from: state.group[i], to: target) {
                    let delta = state.moveDelta(i, to: target)
                    state.move(i, to: target)
                    #expect(abs(state.objective - before - delta) < 1e-9)
                }
            }
            let gains = Array(state.gain)
            let sizes = Array(state.size)
            let objective = state.objective
            #expect(problem.isFeasible(state.assignment))
            #expect(abs(objective - problem.objective(of: state.assignment)) < 1e-6)
            for g in 0..<4 {
                let members = Set(state.members[state.memberStart[g]..<(state.memberStart[g] + state.size[g])])
                #expect(members == Set((0..<count).filter { state.group[$0] == g }))
            }
            state.rebuild()
            #expect(Array(state.size) == sizes)
            #expect(zip(Array(state.gain), gains).allSatisfy { abs($0 - $1) < 1e-9 })
        }
    }

    @Test("The starting sizes favour large groups when diversities are positive, even ones when negative")
    func sizeProfile() {
        var random = SeededGenerator(seed: 1)
        let bounds = [2...6, 2...6, 2...6]
        #expect(
            InitialGrouping.sizeProfile(count: 12, sizes: bounds, meanDiversity: 1, using: &random).sorted() == [
                2, 4, 6,
            ])
        #expect(InitialGrouping.sizeProfile(count: 12, sizes: bounds, meanDiversity: -1, using: &random) == [4, 4, 4])
    }
}
