import Optimization
import Planner
import SeatPlanCore
import SeededRandom
import Testing

@Suite("Sequence packing (the line-breaking program)")
struct SequencePackerTests {
    @Test("With no spare row the A2.4 example wraps U2 into row 2")
    func protocolExample() throws {
        let packing = try #require(SequencePacker(segmentLengths: [10, 10]).pack([4, 8, 3]))
        #expect(packing.starts == [0, 4, 12])
        #expect(packing.splits == 1)
    }

    @Test("With a spare row the packer leaves a row end empty instead of splitting")
    func leavesGap() throws {
        let packing = try #require(SequencePacker(segmentLengths: [10, 10, 10]).pack([4, 8, 3]))
        #expect(packing.splits == 0)
        #expect(packing.starts == [0, 10, 18] || packing.starts == [0, 10, 20])
        let greedy = try #require(SequencePacker(segmentLengths: [10, 10, 10]).greedy([4, 8, 3]))
        #expect(greedy.splits == 1)
    }

    @Test("keepWhole starts a unit on a new segment when it fits one")
    func keepWhole() throws {
        let packing = try #require(
            SequencePacker(segmentLengths: [10, 10], splitWeight: 0.001).pack([4, 8], keepWhole: true))
        #expect(packing.starts == [0, 10])
        // A full zone: one group must wrap, and the packing says so.
        let full = try #require(SequencePacker(segmentLengths: [10, 10]).pack([6, 6, 6], keepWhole: true))
        #expect(full.brokenWholes == 1)
    }

    @Test("Too many people do not fit")
    func overfull() {
        #expect(SequencePacker(segmentLengths: [3, 3]).pack([4, 3]) == nil)
    }

    @Test("The dynamic program reaches GLPK's optimum on the explicit MIP", arguments: 1...12)
    func matchesGLPK(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let segments = (0..<Int(2 + generator.next() % 4)).map { _ in Int(3 + generator.next() % 6) }
        let seats = segments.reduce(0, +)
        var sizes: [Int] = []
        while sizes.reduce(0, +) < seats - 4, sizes.count < 6 { sizes.append(Int(1 + generator.next() % 5)) }
        let packer = SequencePacker(segmentLengths: segments)
        let dynamic = try #require(packer.pack(sizes))
        let mip = try PackingMIP.solve(segments: segments, sizes: sizes, splitWeight: packer.splitWeight)
        #expect(abs(dynamic.objective - mip) < 1e-6, "segments \(segments), sizes \(sizes)")
    }
}

/// The line-breaking program written out as a MIP for GLPK: binary s[g][p] = group g starts at
/// seat p, binary k[q] = seat q is skipped; seats are used in order.
enum PackingMIP {
    static func solve(segments: [Int], sizes: [Int], splitWeight: Double) throws -> Double {
        let seats = segments.reduce(0, +)
        var segmentOf: [Int] = []
        var segmentEnd: [Int] = []
        var position = 0
        for (index, length) in segments.enumerated() {
            segmentOf += Array(repeating: index, count: length)
            segmentEnd += Array(repeating: position + length, count: length)
            position += length
        }
        let people = Double(sizes.reduce(0, +))
        var model = LinearModel(sense: .minimize)
        // start[g][p]: group g occupies p ..< p + size.
        var start: [[VariableID?]] = []
        for size in sizes {
            var row: [VariableID?] = []
            for seat in 0..<seats {
                guard seat + size <= seats else {
                    row.append(nil)
                    continue
                }
                let splits = Double(segmentOf[seat + size - 1] - segmentOf[seat])
                row.append(try model.addVariable(kind: .binary, objective: splits * splitWeight))
            }
            start.append(row)
            try model.addConstraint("", row.compactMap { $0 }.map { LinearTerm($0, 1) }, .equal(1))
        }
        // Each seat holds at most one group.
        for seat in 0..<seats {
            var terms: [LinearTerm] = []
            for (group, size) in sizes.enumerated() {
                for first in max(0, seat - size + 1)...seat {
                    if let variable = start[group][first] { terms.append(LinearTerm(variable, 1)) }
                }
            }
            try model.addConstraint("", terms, .lessOrEqual(1))
        }
        // Order: group g+1 starts after group g ends; empty seats only at segment ends; the
        // skip cost: each empty seat before group g's start pushes the people from g on.
        for group in 0..<sizes.count {
            let startExpression = (0..<seats).compactMap { seat in
                start[group][seat].map { LinearTerm($0, Double(seat)) }
            }
            if group + 1 < sizes.count {
                let next = (0..<seats).compactMap { seat in start[group + 1][seat].map { LinearTerm($0, Double(seat)) }
                }
                try model.addConstraint(
                    "", next + startExpression.map { LinearTerm($0.variable, -$0.coefficient) },
                    .greaterOrEqual(Double(sizes[group])))
                // A gap after group g must reach a segment end: next start is either g's end or a segment start.
                for seat in 0..<seats {
                    guard let variable = start[group][seat] else { continue }
                    let end = seat + sizes[group]
                    let allowed = Set([end] + Array(Set(segmentEnd.filter { $0 >= end })))
                    let forbidden = (0..<seats).compactMap { nextSeat -> LinearTerm? in
                        guard nextSeat >= end, !allowed.contains(nextSeat), let other = start[group + 1][nextSeat]
                        else { return nil }
                        return LinearTerm(other, 1)
                    }
                    if !forbidden.isEmpty {
                        try model.addConstraint("", forbidden + [LinearTerm(variable, 1)], .lessOrEqual(1))
                    }
                }
            } else {
                _ = startExpression
            }
        }
        // The first group may start only at seat 0 or a segment start.
        for seat in 0..<seats where seat > 0 && !segmentEnd.contains(seat) {
            if let variable = start[0][seat] {
                try model.setObjective(0, for: variable)
                try model.addConstraint("", [LinearTerm(variable, 1)], .equal(0))
            }
        }
        // Skip cost: (start of g − end of g−1) × people from g on ÷ all people.
        for group in 0..<sizes.count {
            let remaining = Double(sizes[group...].reduce(0, +)) / people
            for seat in 0..<seats {
                guard let variable = start[group][seat] else { continue }
                let current = model.variables[variable.index].objective
                try model.setObjective(current + Double(seat) * remaining, for: variable)
                if group + 1 < sizes.count {
                    let nextRemaining = Double(sizes[(group + 1)...].reduce(0, +)) / people
                    try model.setObjective(
                        model.variables[variable.index].objective - Double(seat + sizes[group]) * nextRemaining,
                        for: variable)
                }
            }
        }
        let result = try GLPKSolver.solve(model)
        guard result.status == .optimal, let objective = result.objective else {
            throw SolverError.numericalFailure("MIP ended \(result.status)")
        }
        return objective
    }
}
