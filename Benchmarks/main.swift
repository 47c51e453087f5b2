import Foundation

// seatplan-bench: runs every scenario (or those named) in its own process, with warm-up runs
// and timed runs, and prints min/median/max time and peak memory as a table (and JSON with
// --json FILE). Build in release mode: `make bench`. `seatplan-bench mdgp` runs the MDGPLIB
// quality benchmark instead (`make bench-mdgp`).

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(index...index + 1) }
    return arguments[index + 1]
}
let runs = option("--runs").flatMap(Int.init) ?? 7
let warmup = option("--warmup").flatMap(Int.init) ?? 2
let child = option("--child")
let jsonPath = option("--json")

do {
    if arguments.first == "mdgp" {
        try MDGPBenchmark.run(Array(arguments.dropFirst()), jsonPath: jsonPath)
    } else if let child {
        guard let scenario = Scenarios.all.first(where: { $0.name == child }) else {
            throw BenchmarkFailure("no scenario named \(child)")
        }
        let measurement = try await Harness.measure(scenario, warmup: warmup, runs: runs)
        FileHandle.standardOutput.write(try JSONEncoder().encode(measurement))
    } else if arguments.contains("--help") || arguments.contains("-h") {
        print(
            "usage: seatplan-bench [--runs N] [--warmup N] [--json FILE] [SCENARIO ...]\n"
                + "       seatplan-bench mdgp --help\n\nscenarios:"
        )
        for scenario in Scenarios.all {
            print("  \(scenario.name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(scenario.summary)")
        }
    } else {
        let chosen = arguments.isEmpty ? Scenarios.all : Scenarios.all.filter { arguments.contains($0.name) }
        guard !chosen.isEmpty else { throw BenchmarkFailure("no scenario matches \(arguments.joined(separator: " "))") }
        print(
            "SeatPlan benchmarks: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(warmup) warm-up + \(runs) "
                + "timed runs each\n"
        )
        let results = try Harness.runIsolated(chosen, warmup: warmup, runs: runs)
        print(Harness.table(results))
        if let jsonPath {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(results).write(to: URL(fileURLWithPath: jsonPath), options: .atomic)
        }
    }
} catch {
    FileHandle.standardError.write(Data("seatplan-bench: \(error)\n".utf8))
    exit(1)
}
