import Foundation
import TestSupport
import Testing

@Suite("seatplan groups --mdgp")
struct GroupsCommandTests {
    @Test("Prints JSON whose objective the test recomputes from the instance file")
    func printsJSON() throws {
        let url = try Fixtures.url("Geo_n012_ds_01")
        let output = try SeatPlanBinary.run(["groups", "--mdgp", url.path, "--time-limit", "60", "--seed", "4"])
        #expect(output.status == 0, "\(output.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let reference = try ReferenceInstance(contentsOf: url)
        let assignment = try #require(json["assignment"] as? [Int])
        let objective = try #require(json["objective"] as? Double)
        #expect(json["instance"] as? String == "Geo_n012_ds_01")
        #expect(json["n"] as? Int == 12)
        #expect(json["groups"] as? Int == 4)
        #expect(json["proven_optimal"] as? Bool == true)
        #expect(json["seed"] as? Int == 4)
        #expect(json["seconds"] is Double)
        #expect(reference.isFeasible(assignment))
        #expect(abs(reference.objective(of: assignment) - objective) < 1e-6)
        #expect(abs(objective - 807.677) < 1e-6)
    }

    @Test("--out writes the JSON atomically and prints a one-line summary")
    func writesFile() throws {
        let folder = try ProcessRunner.temporaryDirectory("groups-out")
        let url = Fixtures.benchmarkURL("RanInt_n120_ss_01")
        let output = try SeatPlanBinary.run(
            ["groups", "--mdgp", url.path, "--time-limit", "1", "--out", "result.json"], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.split(separator: "\n").count == 1)
        #expect(output.stdout.contains("RanInt_n120_ss_01") && output.stdout.contains("result.json"))
        let data = try Data(contentsOf: folder.appendingPathComponent("result.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let assignment = try #require(json["assignment"] as? [Int])
        let objective = try #require(json["objective"] as? Double)
        let reference = try ReferenceInstance(contentsOf: url)
        #expect(reference.isFeasible(assignment))
        #expect(abs(reference.objective(of: assignment) - objective) < 1e-6)
        #expect(objective >= 47_909 * 0.97)
        #expect(json["proven_optimal"] as? Bool == false)
        #expect(json["time_limit"] as? Int == 1)
    }

    @Test("A bad instance fails naming the file and line, with no output file")
    func badInstance() throws {
        let folder = try ProcessRunner.temporaryDirectory("groups-bad")
        try Data("3 1 ds 3 3\n0 1 1\n0 2 x\n1 2 1\n".utf8).write(to: folder.appendingPathComponent("bad.txt"))
        let output = try SeatPlanBinary.run(["groups", "--mdgp", "bad.txt", "--out", "result.json"], in: folder)
        #expect(output.status != 0)
        #expect(!output.crashed)
        #expect(output.stderr.contains("bad.txt:3"), "\(output.stderr)")
        #expect(output.stderr.contains("d_ij"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("result.json").path))
    }

    @Test("A missing instance file fails with its name")
    func missingInstance() throws {
        let output = try SeatPlanBinary.run(["groups", "--mdgp", "/nonexistent/x.txt"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("/nonexistent/x.txt"))
    }

    @Test("--iterations stops the search at a fixed point: the same seed gives the same grouping")
    func iterationLimit() throws {
        let url = Fixtures.benchmarkURL("RanInt_n120_ss_01")
        var results: [[String: Any]] = []
        for _ in 0..<2 {
            let output = try SeatPlanBinary.run([
                "groups", "--mdgp", url.path, "--iterations", "3000", "--time-limit", "60", "--seed", "9",
            ])
            #expect(output.status == 0, "\(output.stderr)")
            results.append(
                try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]))
        }
        #expect(results[0]["iteration_limit"] as? Int == 3000)
        #expect((results[0]["iterations"] as? Int ?? 0) >= 3000)
        #expect((results[0]["seconds"] as? Double ?? 60) < 60, "stopped by the iterations, not the time limit")
        #expect(results[0]["assignment"] as? [Int] == results[1]["assignment"] as? [Int])
        #expect(results[0]["objective"] as? Double == results[1]["objective"] as? Double)
    }

    @Test(
        "The modes are exclusive and the options checked",
        arguments: [
            ["groups"], ["groups", "--mdgp", "a.txt", "--roster", "r.csv"],
            ["groups", "--mdgp", "a.txt", "--rules", "r.yaml"],
            ["groups", "--mdgp", "a.txt", "--time-limit", "0"], ["groups", "--mdgp", "a.txt", "--iterations", "0"],
        ])
    func usageErrors(arguments: [String]) throws {
        let output = try SeatPlanBinary.run(arguments)
        #expect(output.status != 0)
        #expect(!output.crashed)
        #expect(!output.stderr.isEmpty)
    }
}
