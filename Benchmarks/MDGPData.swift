import Foundation

/// The MDGPLIB files shipped under `Benchmarks/Data/mdgp` (see its SOURCES.md) and their
/// best-known values.
struct MDGPData {
    /// The `Benchmarks/Data/mdgp` folder.
    let folder: URL
    /// Best-known value per instance name, from BKV.tsv.
    let bestKnown: [String: Double]

    /// Finds the data: `--data DIR` if given, else next to this source file, else
    /// `Benchmarks/Data/mdgp` under the current directory.
    static func locate(_ override: String?) throws -> MDGPData {
        let candidates =
            override.map { [URL(fileURLWithPath: $0)] } ?? [
                URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Data/mdgp"),
                URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(
                    "Benchmarks/Data/mdgp"),
            ]
        guard
            let folder = candidates.first(where: {
                FileManager.default.fileExists(atPath: $0.appendingPathComponent("BKV.tsv").path)
            })
        else {
            throw BenchmarkFailure(
                "MDGPLIB data not found (looked for BKV.tsv in \(candidates.map(\.path).joined(separator: ", "))); run "
                    + "from the package root or pass --data DIR"
            )
        }
        let text = try String(contentsOf: folder.appendingPathComponent("BKV.tsv"), encoding: .utf8)
        var values: [String: Double] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t")
            if fields.count >= 6, let value = Double(fields[5]) { values[String(fields[0])] = value }
        }
        return MDGPData(folder: folder, bestKnown: values)
    }

    /// The file of an instance, e.g. `RanReal_n120_ss_01`.
    func url(of name: String) -> URL {
        let instanceClass = name.prefix { $0 != "_" }
        return folder.appendingPathComponent("\(instanceClass)/\(name).txt")
    }
}
