import Foundation
import Grouping
import SeatPlanCore

/// `seatplan groups --mdgp INSTANCE.txt`: solve an MDGPLIB instance and report it as JSON.
extension GroupsCommand {
    /// Reads the instance, solves it and prints the JSON (or writes it to `--out` and prints a
    /// one-line summary). A bad instance file fails before anything is written.
    func runMDGPGrouping(instancePath: String) throws {
        let instance = try MDGPInstance.read(contentsOf: URL(fileURLWithPath: instancePath))
        var options = DiverseGroupingOptions(timeLimit: timeLimit ?? 10, seed: seed ?? 1)
        options.iterationLimit = iterations
        let result = DiverseGrouping.solve(instance.problem, options: options)
        let json = MDGPReport(instance: instance, options: options, result: result).json()
        if let out {
            try CommandFiles.write(Data((json + "\n").utf8), to: URL(fileURLWithPath: out))
            print(MDGPReport(instance: instance, options: options, result: result).summary(output: out))
        } else {
            print(json)
        }
    }
}

/// The JSON and summary of one MDGP solve, keys in a fixed, readable order.
struct MDGPReport {
    let instance: MDGPInstance
    let options: DiverseGroupingOptions
    let result: DiverseGroupingResult

    /// The JSON document: one object, the assignment on one line.
    func json() -> String {
        let problem = instance.problem
        var sizes = Array(repeating: 0, count: problem.groupCount)
        for group in result.assignment where sizes.indices.contains(group) { sizes[group] += 1 }
        let fields: [(String, String)] = [
            ("instance", quoted(instance.name)),
            ("n", "\(problem.elementCount)"),
            ("groups", "\(problem.groupCount)"),
            (
                "group_bounds",
                "[" + problem.groupSizes.map { "[\($0.lowerBound), \($0.upperBound)]" }.joined(separator: ", ") + "]"
            ),
            ("group_sizes", "[" + sizes.map(String.init).joined(separator: ", ") + "]"),
            ("objective", number(result.objective)),
            ("bound", result.bound.map(number) ?? "null"),
            ("proven_optimal", "\(result.provenOptimal)"),
            (
                "method",
                quoted(
                    result.provenOptimal || problem.elementCount <= options.exactLimit
                        ? "branch-and-bound" : "iterated-tabu-search")
            ),
            ("seconds", number((result.seconds * 1000).rounded() / 1000)),
            ("time_limit", number(options.timeLimit)),
            ("iteration_limit", options.iterationLimit.map { "\($0)" } ?? "null"),
            ("seed", "\(options.seed)"),
            ("iterations", "\(result.iterations)"),
            ("assignment", "[" + result.assignment.map(String.init).joined(separator: ", ") + "]"),
        ]
        return "{\n" + fields.map { "  \(quoted($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}"
    }

    /// One line for the terminal when the JSON went to a file.
    func summary(output: String) -> String {
        let proof = result.provenOptimal ? "proven optimal" : "best found"
        return
            "\(instance.name): n \(instance.problem.elementCount), \(instance.problem.groupCount) groups, objective "
            + "\(String(format: "%.10g", result.objective)) (\(proof)), \(String(format: "%.2f", result.seconds)) "
            + "s, seed \(options.seed) → \(output)"
    }

    private func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    private func quoted(_ text: String) -> String {
        guard let data = try? JSONEncoder().encode(text) else { return "\"\"" }
        return String(decoding: data, as: UTF8.self)
    }
}
