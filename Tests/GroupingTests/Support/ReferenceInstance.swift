import Foundation
import TestSupport

/// An MDGPLIB file read by the tests themselves (not by the Grouping module), so that every
/// objective the solver reports is checked against an independent computation.
struct ReferenceInstance {
    let name: String
    let count: Int
    let bounds: [ClosedRange<Int>]
    /// Every `(i, j, d_ij)` line of the file.
    let pairs: [(Int, Int, Double)]

    init(contentsOf url: URL) throws {
        name = url.deletingPathExtension().lastPathComponent
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline)
        let header = lines[0].split(separator: " ")
        count = Int(header[0]) ?? -1
        let groups = Int(header[1]) ?? 0
        bounds = (0..<groups).map { g in (Int(header[3 + 2 * g]) ?? 0)...(Int(header[4 + 2 * g]) ?? 0) }
        pairs = lines.dropFirst().map { line in
            let fields = line.split(separator: " ")
            return (Int(fields[0]) ?? -1, Int(fields[1]) ?? -1, Double(fields[2]) ?? .nan)
        }
    }

    /// Σ d_ij over the pairs in the same group.
    func objective(of assignment: [Int]) -> Double {
        pairs.reduce(0) { total, pair in assignment[pair.0] == assignment[pair.1] ? total + pair.2 : total }
    }

    /// Whether the assignment has one valid group per element and sizes within the bounds.
    func isFeasible(_ assignment: [Int]) -> Bool {
        guard assignment.count == count, assignment.allSatisfy(bounds.indices.contains) else { return false }
        return bounds.indices.allSatisfy { g in bounds[g].contains(assignment.filter { $0 == g }.count) }
    }
}

/// The test data: the small fixtures (n = 10, 12) bundled with this target, and the larger
/// MDGPLIB files of the benchmark folder, found from the package root.
enum Fixtures {
    static func url(_ name: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures") else {
            throw FixtureError("fixture \(name).txt is not bundled")
        }
        return url
    }

    /// The 12 instances with n ≤ 12 (RanReal, RanInt, Geo × ss, ds × n = 10, 12).
    static let small: [String] = ["RanReal", "RanInt", "Geo"].flatMap { instanceClass in
        ["010", "012"].flatMap { n in ["ss", "ds"].map { "\(instanceClass)_n\(n)_\($0)_01" } }
    }

    /// Best-known values (proven optima for n ≤ 12) from the fixtures' BKV.tsv.
    static func bestKnownValues() throws -> [String: Double] {
        guard let url = Bundle.module.url(forResource: "BKV", withExtension: "tsv", subdirectory: "Fixtures") else {
            throw FixtureError("BKV.tsv is not bundled")
        }
        var values: [String: Double] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t")
            values[String(fields[0])] = Double(fields[5])
        }
        return values
    }

    /// A file of `Benchmarks/Data/mdgp` (not bundled: it is large).
    static func benchmarkURL(_ name: String) -> URL {
        let instanceClass = name.prefix { $0 != "_" }
        return SeatPlanBinary.packageRoot.appendingPathComponent("Benchmarks/Data/mdgp/\(instanceClass)/\(name).txt")
    }

    /// Writes `text` to a fresh file named `name` and returns its URL.
    static func write(_ text: String, named name: String) throws -> URL {
        let url = try ProcessRunner.temporaryDirectory("grouping-test").appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
