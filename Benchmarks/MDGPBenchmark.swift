import Foundation
import Grouping
import Optimization

/// `seatplan-bench mdgp`: the MDGPLIB quality benchmark. Each instance (RanReal, RanInt, Geo ×
/// ss, ds) runs once per seed with its size's time limit; the table shows the objective, the
/// best-known value (BKV.tsv) and the gap, then averages per size and overall, then the
/// 5,000 × 200 roster-scale timing.
enum MDGPBenchmark {
    /// One solved instance.
    struct Row: Codable {
        let instance: String
        let n: Int
        let groups: Int
        let timeLimit: Double
        let seed: UInt64
        let objective: Double
        let bestKnown: Double
        /// (BKV − objective) / |BKV| in percent: positive is below the best-known value.
        let gapPercent: Double
        let seconds: Double
        let provenOptimal: Bool
        let iterations: Int
    }

    /// The sizes and their time limits in seconds (n ≤ 12 is solved exactly).
    static let sizes: [(n: Int, limit: Double)] = [(10, 1), (12, 1), (120, 3), (240, 20), (480, 120)]
    static let classes = ["RanReal", "RanInt", "Geo"]

    static func run(_ arguments: [String], jsonPath: String?) throws {
        var arguments = arguments
        func option(_ name: String) -> String? {
            guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
            defer { arguments.removeSubrange(index...index + 1) }
            return arguments[index + 1]
        }
        if arguments.contains("--help") || arguments.contains("-h") {
            emit(
                """
                usage: seatplan-bench mdgp [--seeds 1,2,3] [--scale 1.0] [--sizes 10,12,120,240,480]
                                           [--large-limit 8] [--no-large] [--glpk SECONDS] [--data DIR] [--json FILE]
                Time limits: n=10,12 exact (1 s cap), n=120 3 s, n=240 20 s, n=480 120 s, each × scale.
                --glpk SECONDS: also solve the n=10,12 instances with GLPK (GroupingMIP) for comparison.
                """)
            return
        }
        let seeds = try (option("--seeds") ?? "1").split(separator: ",").map { text -> UInt64 in
            guard let seed = UInt64(text) else { throw BenchmarkFailure("--seeds: '\(text)' is not a seed") }
            return seed
        }
        let scale = Double(option("--scale") ?? "1") ?? 1
        let chosenSizes = try (option("--sizes")).map { list in
            try list.split(separator: ",").map { text -> Int in
                guard let n = Int(text), sizes.contains(where: { $0.n == n }) else {
                    throw BenchmarkFailure(
                        "--sizes: '\(text)' is not one of \(sizes.map { String($0.n) }.joined(separator: ","))")
                }
                return n
            }
        }
        let largeLimit = Double(option("--large-limit") ?? "8") ?? 8
        let data = try MDGPData.locate(option("--data"))
        let runLarge = !arguments.contains("--no-large")
        let glpkLimit = option("--glpk").flatMap(Double.init)

        emit(
            "MDGPLIB benchmark: \(ProcessInfo.processInfo.activeProcessorCount) cores, seeds "
                + "\(seeds.map(String.init).joined(separator: ",")), time scale \(scale)\n"
        )
        let header = [
            "instance", "n", "G", "limit s", "seed", "objective", "BKV", "gap %", "seconds", "proven", "iterations",
        ]
        emit(TextTable.line(header, widths: TextTable.widths))
        var rows: [Row] = []
        for size in sizes where chosenSizes?.contains(size.n) ?? true {
            for instanceClass in classes {
                for variant in ["ss", "ds"] {
                    let name = String(format: "%@_n%03d_%@_01", instanceClass, size.n, variant)
                    let instance = try MDGPInstance.read(contentsOf: data.url(of: name))
                    guard let bestKnown = data.bestKnown[name] else {
                        throw BenchmarkFailure("\(name) has no row in BKV.tsv")
                    }
                    for seed in seeds {
                        let row = try solve(
                            instance, bestKnown: bestKnown, limit: size.limit * (size.n <= 12 ? 1 : scale), seed: seed)
                        rows.append(row)
                        emit(TextTable.line(cells(row), widths: TextTable.widths))
                    }
                }
            }
        }
        emit("\n" + summary(rows))
        if let glpkLimit { try compareWithGLPK(data: data, limit: glpkLimit) }
        if runLarge { emit("\n" + (try large(limit: largeLimit))) }
        if let jsonPath {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(rows).write(to: URL(fileURLWithPath: jsonPath), options: .atomic)
        }
    }

    /// Solves one instance and checks the result independently of the solver's own numbers.
    static func solve(_ instance: MDGPInstance, bestKnown: Double, limit: Double, seed: UInt64) throws -> Row {
        let problem = instance.problem
        let result = DiverseGrouping.solve(problem, options: DiverseGroupingOptions(timeLimit: limit, seed: seed))
        guard problem.isFeasible(result.assignment) else {
            throw BenchmarkFailure("\(instance.name): infeasible grouping")
        }
        let objective = problem.objective(of: result.assignment)
        guard abs(objective - result.objective) <= 1e-6 * max(1, abs(objective)) else {
            throw BenchmarkFailure("\(instance.name): reported objective \(result.objective), recomputed \(objective)")
        }
        return Row(
            instance: instance.name, n: problem.elementCount, groups: problem.groupCount, timeLimit: limit, seed: seed,
            objective: objective, bestKnown: bestKnown, gapPercent: (bestKnown - objective) / abs(bestKnown) * 100,
            seconds: result.seconds, provenOptimal: result.provenOptimal, iterations: result.iterations)
    }

    static func cells(_ row: Row) -> [String] {
        [
            row.instance, "\(row.n)", "\(row.groups)", String(format: "%g", row.timeLimit), "\(row.seed)",
            String(format: "%.3f", row.objective), String(format: "%.3f", row.bestKnown),
            String(format: "%.3f", row.gapPercent), String(format: "%.2f", row.seconds),
            row.provenOptimal ? "yes" : "-", "\(row.iterations)",
        ]
    }

    /// Averages per size and overall (over the heuristic sizes, n > 12).
    static func summary(_ rows: [Row]) -> String {
        var lines = ["size   runs  avg gap %  max gap %  avg s   proven"]
        for size in sizes {
            let group = rows.filter { $0.n == size.n }
            guard !group.isEmpty else { continue }
            lines.append(
                String(
                    format: "n=%-4d %4d  %9.3f  %9.3f  %6.2f  %d/%d", size.n, group.count,
                    group.map(\.gapPercent).reduce(0, +) / Double(group.count), group.map(\.gapPercent).max() ?? 0,
                    group.map(\.seconds).reduce(0, +) / Double(group.count), group.filter(\.provenOptimal).count,
                    group.count))
        }
        let heuristic = rows.filter { $0.n > 12 }
        if !heuristic.isEmpty {
            lines.append(
                String(
                    format: "overall (n > 12): average gap %.3f %%, worst %.3f %% over %d runs",
                    heuristic.map(\.gapPercent).reduce(0, +) / Double(heuristic.count),
                    heuristic.map(\.gapPercent).max() ?? 0, heuristic.count))
        }
        return lines.joined(separator: "\n")
    }

    /// GLPK on the MIP formulation of the n ≤ 12 instances, for the README's comparison.
    static func compareWithGLPK(data: MDGPData, limit: Double) throws {
        emit("\nGLPK (GroupingMIP, time limit \(limit) s) on the n ≤ 12 instances:")
        for size in sizes where size.n <= 12 {
            for instanceClass in classes {
                for variant in ["ss", "ds"] {
                    let name = String(format: "%@_n%03d_%@_01", instanceClass, size.n, variant)
                    let problem = try MDGPInstance.read(contentsOf: data.url(of: name)).problem
                    let options = SolveOptions(timeLimit: .milliseconds(Int(limit * 1000)))
                    let outcome = try GroupingMIP.solve(problem, options: options)
                    let seconds =
                        Double(outcome.result.duration.components.seconds) + Double(
                            outcome.result.duration.components.attoseconds) * 1e-18
                    emit(
                        String(
                            format: "  %@ %@ objective %10.3f  bound %10.3f  BKV %10.3f  %6.2f s",
                            name.padding(toLength: 20, withPad: " ", startingAt: 0),
                            outcome.result.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0),
                            outcome.result.objective ?? .nan, outcome.result.bound ?? .nan,
                            data.bestKnown[name] ?? .nan, seconds))
                }
            }
        }
    }

    /// The 5,000 × 200 roster-scale run: matrix construction plus a time-limited solve.
    static func large(limit: Double) throws -> String {
        let clock = ContinuousClock()
        let start = clock.now
        let problem = try LargeGrouping.problem()
        let built = clock.now
        let result = DiverseGrouping.solve(problem, options: DiverseGroupingOptions(timeLimit: limit, seed: 1))
        let end = clock.now
        guard problem.isFeasible(result.assignment) else { throw BenchmarkFailure("5000×200: infeasible grouping") }
        func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
        }
        return String(
            format:
                "%d elements into %d groups: matrix %.2f s, solve %.2f s (limit %g s), total %.2f s; objective %.1f, "
                + "%d iterations, peak memory %.0f MiB",
            LargeGrouping.people, LargeGrouping.groups, seconds(built - start), seconds(end - built), limit,
            seconds(end - start), result.objective, result.iterations, Harness.peakResidentMiB())
    }
}

/// Writes a line to standard output unbuffered, so a long run shows each row as it finishes.
func emit(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

/// Fixed-width text rows for the streaming MDGP table.
enum TextTable {
    static let widths = [20, 4, 3, 7, 4, 13, 13, 7, 8, 6, 10]

    static func line(_ cells: [String], widths: [Int]) -> String {
        zip(cells, widths).enumerated().map { index, pair in
            let pad = max(0, pair.1 - pair.0.count)
            return index == 0
                ? pair.0 + String(repeating: " ", count: pad) : String(repeating: " ", count: pad) + pair.0
        }.joined(separator: "  ")
    }
}
