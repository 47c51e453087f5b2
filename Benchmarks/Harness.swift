import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One benchmark scenario: `prepare` builds the inputs once (untimed), the closure it returns
/// is timed; it returns a short note (e.g. the objective) that must be the same every run.
/// Both may be async: the planning pipeline checks plans with concurrent child tasks.
struct Scenario: Sendable {
    let name: String
    let summary: String
    let prepare: @Sendable () async throws -> () async throws -> String
    /// Timed runs at least this many (for a meaningful 95th percentile), whatever `--runs` says.
    var minimumRuns = 0
}

/// Timings of one scenario, measured in its own process so peak memory is its own.
struct Measurement: Codable {
    let name: String
    let runs: Int
    let minMilliseconds: Double
    let medianMilliseconds: Double
    let p95Milliseconds: Double
    let maxMilliseconds: Double
    let peakMemoryMiB: Double
    let note: String
}

enum Harness {
    /// Runs `scenario` `warmup` times untimed, then `runs` times timed.
    static func measure(_ scenario: Scenario, warmup: Int, runs: Int) async throws -> Measurement {
        let body = try await scenario.prepare()
        var note = ""
        for _ in 0..<warmup { note = try await body() }
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<max(runs, scenario.minimumRuns) {
            let start = clock.now
            note = try await body()
            samples.append((clock.now - start).milliseconds)
        }
        samples.sort()
        let median =
            samples.count.isMultiple(of: 2)
            ? (samples[samples.count / 2 - 1] + samples[samples.count / 2]) / 2
            : samples[samples.count / 2]
        let p95 = samples.percentile(0.95)
        return Measurement(
            name: scenario.name, runs: samples.count, minMilliseconds: samples.first ?? 0, medianMilliseconds: median,
            p95Milliseconds: p95, maxMilliseconds: samples.last ?? 0, peakMemoryMiB: peakResidentMiB(), note: note)
    }

    /// The CPU time this process has used so far, in seconds (user + system).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// This process's peak resident set size (Linux reports ru_maxrss in KiB).
    static func peakResidentMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Runs each scenario in a child process of this executable and collects the results.
    static func runIsolated(_ scenarios: [Scenario], warmup: Int, runs: Int) throws -> [Measurement] {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        return try scenarios.map { scenario in
            let process = Process()
            process.executableURL = executable
            process.arguments = ["--child", scenario.name, "--warmup", "\(warmup)", "--runs", "\(runs)"]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw BenchmarkFailure("scenario \(scenario.name) failed (exit \(process.terminationStatus))")
            }
            return try JSONDecoder().decode(Measurement.self, from: data)
        }
    }

    /// The results as a plain-text table.
    static func table(_ results: [Measurement]) -> String {
        let header = ["scenario", "runs", "min ms", "median ms", "p95 ms", "max ms", "peak MiB", "result"]
        let rows = results.map {
            [
                $0.name, "\($0.runs)", format($0.minMilliseconds), format($0.medianMilliseconds),
                format($0.p95Milliseconds), format($0.maxMilliseconds), String(format: "%.0f", $0.peakMemoryMiB),
                $0.note,
            ]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).enumerated().map { index, pair in
                switch index {
                case cells.count - 1: pair.0
                case 0: pair.0.padding(toLength: pair.1, withPad: " ", startingAt: 0)
                default: String(repeating: " ", count: pair.1 - pair.0.count) + pair.0
                }
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }

    private static func format(_ milliseconds: Double) -> String {
        milliseconds < 10 ? String(format: "%.2f", milliseconds) : String(format: "%.1f", milliseconds)
    }
}

/// A scenario that could not run or produced a wrong answer.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension [Double] {
    /// The `fraction` percentile of sorted values (0 when empty).
    func percentile(_ fraction: Double) -> Double {
        isEmpty ? 0 : self[Swift.min(count - 1, Swift.max(0, Int((Double(count) * fraction).rounded(.up)) - 1))]
    }
}

extension Duration {
    /// This duration in milliseconds.
    var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
