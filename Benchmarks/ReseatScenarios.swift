import Foundation
import PlanningPipeline
import RosterGenerator
import SeatPlanCore
import SeededRandom
import VenueLibrary

/// The late-change scenarios of issue "6 of 7": the 5,300-person great-hall plan re-planned
/// end to end as `seatplan reseat` does (read the venue, PLAN.json and CHANGES.yaml, re-plan,
/// check, write NEW.json), one change per run (cycling through 24 different ones), and a batch
/// of 50 mixed changes.
extension Scenarios {
    static let reseating: [Scenario] = [
        Scenario(
            name: "reseat-great-hall-1",
            summary:
                "Reseat: one late change on the 5,300-person great-hall plan, JSON in and out (target median ≤ 100 ms, "
                + "p95 ≤ 200 ms)",
            prepare: {
                let setup = try await ReseatSetup()
                var next = 0
                return {
                    let changes = setup.singleChanges[next % setup.singleChanges.count]
                    next += 1
                    return try await setup.run(changes)
                }
            }, minimumRuns: 24),
        Scenario(
            name: "reseat-great-hall-50", summary: "Reseat: 50 mixed late changes on the great-hall plan (target ≤ 1 s)"
        ) {
            let setup = try await ReseatSetup()
            return { try await setup.run(setup.batch) }
        },
    ]
}

/// The plan, venue and change files the reseat scenarios share, made once, untimed.
struct ReseatSetup {
    let venueURL: URL
    let folder: URL
    let singleChanges: [String]
    let batch: String

    init() async throws {
        guard let url = VenueLibrary.url(forVenue: "great-hall") else {
            throw BenchmarkFailure("great-hall.yaml is not bundled")
        }
        venueURL = url
        let venue = try VenueFile.read(contentsOf: url)
        let roster = try RosterCSV.parse(RosterGenerator.csv(.greatHall), file: "roster.csv")
        let plan = try await PlanPipeline.plan(venue: venue, roster: roster)
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("seatplan-bench-reseat-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try plan.jsonData().write(to: folder.appendingPathComponent("plan.json"))

        var generator = SeededGenerator(seed: 606)
        let hall = plan.assignments.filter { $0.area == .hall }
        let rostrum = plan.assignments.filter { $0.area == .rostrum }
        let occupied = Set(plan.assignments.map(\.seat))
        let free = venue.seats.filter { $0.area == .hall && $0.isAvailable && !occupied.contains($0.id) }
        func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
        func change(_ kind: Int, _ index: Int) -> String {
            let person = pick(hall)
            switch kind {
            case 0: return "- {op: cancel, attendee: \"\(person.attendee)\"}"
            case 1:
                return
                    "- {op: substitute, attendee: \"\(person.attendee)\", by: {id: \"S\(index)\", name: "
                    + "\"代会\(index)\", title: \"副局长\", precedence: \(person.precedence)}}"
            case 2:
                return
                    "- {op: add, attendee: {id: \"N\(index)\", name: \"新到\(index)\", unit: \"\(person.unit)\", "
                    + "unit_order: \(person.unitOrder ?? 1), precedence: 9000, role: "
                    + "\(person.role?.rawValue ?? "member")}}"
            case 3: return "- {op: block_seat, seat: \"\(person.seat)\"}"
            case 4: return "- {op: pin, attendee: \"\(person.attendee)\", seat: \"\(pick(free).id)\"}"
            default: return "- {op: cancel, attendee: \"\(pick(rostrum).attendee)\"}"
            }
        }
        singleChanges = (0..<24).map { change($0 % 6, $0) + "\n" }
        // A batch: distinct people, 50 changes of every kind.
        var used: Set<String> = []
        var lines: [String] = []
        var index = 100
        while lines.count < 50 {
            index += 1
            let line = change(index % 5, index)
            guard let id = line.split(separator: "\"").dropFirst().first.map(String.init), used.insert(id).inserted
            else { continue }
            if line.contains("block_seat") || line.contains("op: pin") {
                guard let seat = line.split(separator: "\"").last(where: { $0.contains("-") }).map(String.init),
                    used.insert(seat).inserted
                else { continue }
            }
            lines.append(line)
        }
        batch = lines.joined(separator: "\n") + "\n"
    }

    /// One `seatplan reseat`, in process: files in, re-plan, files out.
    func run(_ changes: String) async throws -> String {
        let changesURL = folder.appendingPathComponent("changes.yaml")
        try Data(changes.utf8).write(to: changesURL)
        let planURL = folder.appendingPathComponent("plan.json")
        // The two big files are read at once.
        async let venueRead = VenueFile.read(contentsOf: venueURL)
        let plan = try SeatPlan.decode(try Data(contentsOf: planURL), file: "plan.json")
        let venue = try await venueRead
        let operations = try ChangesFile.read(contentsOf: changesURL)
        let result = try await MeetingPipeline(venue: venue).reseat(plan, changes: operations)
        // The roster in a child task; the plan's JSON is written in parallel chunks itself.
        let people = result.roster.attendees
        async let csv = RosterCSV.encode(people)
        let planJSON = try result.plan.jsonData()
        let rosterCSV = await csv
        try planJSON.write(to: folder.appendingPathComponent("new.json"), options: .atomic)
        try rosterCSV.write(to: folder.appendingPathComponent("new.roster.csv"), options: .atomic)
        guard let record = result.plan.changes, result.plan.quality.protocolViolations == 0 else {
            throw BenchmarkFailure("reseat: \(result.plan.quality.protocolViolations) protocol violations")
        }
        return
            "\(operations.count) change\(operations.count == 1 ? "" : "s"): moved \(record.moves), weighted "
            + "\(Int(record.moveCost)) vs bound \(Int(record.moveBound)) (\(record.status.rawValue))"
    }
}
