import ExchangeBridge
import ExchangePostgres
import Foundation
import RosterGenerator
import SeatPlanCore
import SeededRandom

/// The exchange-store scenarios of issue "5 of 7", through the same ``ExchangeStorage`` calls
/// the `store submit`, `pull` and `push` commands make (file reading aside), each timed body
/// waiting for its store work as the commands do:
/// - `store-submit-700`: 700 units each upload their roster CSV (the great-hall roster, 5,300
///   people, split by unit): every file stored raw, read row by row, rows recorded (≤ 3 s).
///   Runs after the first resubmit, superseding the earlier rosters.
/// - `store-pull-5300`: the merged roster of those 700 submissions, encoded and written
///   atomically as ROSTER.csv (≤ 500 ms).
/// - `store-push-9500`: a 9,500-seat plan with three PDFs (≈ 8 MB) and 700 seat notices in one
///   transaction (≤ 2 s); each run pushes a new plan version (the plan differs in its solve time).
extension Scenarios {
    static let store: [Scenario] =
        [StoreBackend.sqlite, .postgres].flatMap { backend in
            [storeSubmit(backend), storeSubmitConcurrently(backend), storePull(backend), storePush(backend)]
        } + [storeChangeDelivery]

    /// A fresh store with the units of `roster` and, with `submit`, every unit's roster submitted.
    static func benchStore(_ roster: Roster, submit: Bool, on backend: StoreBackend = .sqlite) async throws -> (
        any ExchangeStorage, Meeting, [(String, Data)]
    ) {
        let byUnit = Dictionary(grouping: roster.attendees, by: \.unit)
        let units = byUnit.keys.sorted {
            (byUnit[$0]?.first?.unitOrder ?? 0, $0) < (byUnit[$1]?.first?.unitOrder ?? 0, $1)
        }
        let files = units.map { ($0, RosterCSV.encode(byUnit[$0] ?? [])) }
        let store = try await backend.freshStore()
        let meeting = try await store.findOrCreateMeeting(named: "基准会议")
        _ = try await store.saveUnits(
            units.enumerated().map {
                UnitDetails(name: $1, officialOrder: $0 + 1, contactPerson: "联系人", mobile: "13800000000")
            },
            meeting: meeting.id)
        if submit {
            for (unit, csv) in files {
                _ = try await store.submitRosterCSV(
                    unitNamed: unit, meeting: meeting.id, fileName: "roster.csv", raw: csv)
            }
        }
        return (store, meeting, files)
    }

    static func storeSubmit(_ backend: StoreBackend) -> Scenario {
        Scenario(
            name: "store-submit-700" + backend.suffix,
            summary: "Store\(backend.label): 700 units submit 5,300 attendees, one after the other (target ≤ 3 s)"
        ) {
            let (store, meeting, files) = try await benchStore(
                RosterGenerator.generate(.greatHall), submit: false, on: backend)
            return {
                var accepted = 0
                for (unit, csv) in files {
                    let receipt = try await store.submitRosterCSV(
                        unitNamed: unit, meeting: meeting.id, fileName: "roster.csv", raw: csv)
                    guard receipt.status == .parsed else { throw BenchmarkFailure("\(unit): submission not read") }
                    accepted += try await store.submission(receipt.id).acceptedCount
                }
                return "\(files.count) submissions, \(accepted) rows accepted"
            }
        }
    }

    /// The 700 submissions all at once, each its own task and transaction (as 700 requests to
    /// one server, or to several servers on one PostgreSQL store, would make them).
    static func storeSubmitConcurrently(_ backend: StoreBackend) -> Scenario {
        Scenario(
            name: "store-submit-700-concurrent" + backend.suffix,
            summary: "Store\(backend.label): 700 units submit 5,300 attendees at once"
        ) {
            let (store, meeting, files) = try await benchStore(
                RosterGenerator.generate(.greatHall), submit: false, on: backend)
            return {
                let accepted = try await withThrowingTaskGroup(of: Int.self) { group in
                    for (unit, csv) in files {
                        group.addTask {
                            let receipt = try await store.submitRosterCSV(
                                unitNamed: unit, meeting: meeting.id, fileName: "roster.csv", raw: csv)
                            guard receipt.status == .parsed else {
                                throw BenchmarkFailure("\(unit): submission not read")
                            }
                            return try await store.submission(receipt.id).acceptedCount
                        }
                    }
                    return try await group.reduce(0, +)
                }
                return "\(files.count) submissions, \(accepted) rows accepted"
            }
        }
    }

    static func storePull(_ backend: StoreBackend) -> Scenario {
        Scenario(
            name: "store-pull-5300" + backend.suffix,
            summary: "Store\(backend.label): pull the merged roster of 700 units, 5,300 people (target ≤ 500 ms)"
        ) {
            let (store, meeting, _) = try await benchStore(
                RosterGenerator.generate(.greatHall), submit: true, on: backend)
            let out = FileManager.default.temporaryDirectory.appendingPathComponent(
                "seatplan-bench-\(UUID().uuidString).csv")
            return {
                let merged = try await store.mergedRoster(meeting: meeting.id)
                try RosterCSV.encode(merged.attendees).write(to: out, options: .atomic)
                return "\(merged.attendees.count) people from \(merged.unitCount) units"
            }
        }
    }

    static func storePush(_ backend: StoreBackend) -> Scenario {
        Scenario(
            name: "store-push-9500" + backend.suffix,
            summary: "Store\(backend.label): push a 9,500-seat plan with 3 PDFs, queue 700 seat notices (target ≤ 2 s)"
        ) { try await pushBody(on: backend) }
    }

    private static func pushBody(on backend: StoreBackend) async throws -> () async throws -> String {
        let roster = RosterGenerator.generate(.greatHallFull)
        let (store, meeting, _) = try await benchStore(roster, submit: true, on: backend)
        let plan = SeatPlan(
            venue: "great-hall", convention: "cn", meeting: "基准会议",
            assignments: roster.attendees.enumerated().map { index, person in
                SeatAssignment(
                    attendee: person.id, name: person.name, unit: person.unit, precedence: person.precedence,
                    seat: "F\(index / 3000 + 1)-\(index % 3000 / 60 + 1)-\(index % 60 + 1)",
                    label: "\(index / 3000 + 1)楼 \(index % 3000 / 60 + 1)排\(index % 60 + 1)号", area: .hall,
                    floor: index / 3000 + 1, row: index % 3000 / 60 + 1, number: "\(index % 60 + 1)", table: nil,
                    x: Double(index % 60), y: Double(index % 3000 / 60))
            },
            unseated: [],
            quality: PlanQuality(
                status: .optimal, objective: 1, bound: 1, gap: 0, protocolViolations: 0, unitSplits: 0,
                solveMilliseconds: 0))
        var generator = SeededGenerator(seed: 6)
        func pdf(_ size: Int) -> Data { Data((0..<size).map { _ in UInt8(truncatingIfNeeded: generator.next()) }) }
        let documents = [
            NewDocument(kind: .chart, fileName: "chart.pdf", content: pdf(2_000_000)),
            NewDocument(kind: .seatList, fileName: "seat-list.pdf", content: pdf(1_500_000)),
            NewDocument(kind: .nameCards, fileName: "name-cards.pdf", content: pdf(4_500_000)),
        ]
        // Each run pushes different bytes (trailing spaces; still the same valid JSON), so each
        // is a new plan version, without timing the JSON encoding a push does not do.
        let encoded = try plan.jsonData()
        nonisolated(unsafe) var run = 0
        return {
            run += 1
            let json = encoded + Data(repeating: 0x20, count: run)
            let result = try await store.push(
                planJSON: json, fileName: "PLAN.json", documents: documents, meeting: meeting.id, beforeCommit: nil)
            guard result.plan.isNew, result.noticesQueued > 0 else { throw BenchmarkFailure("push stored nothing new") }
            return
                "\(result.plan.info.seatedCount) seats, \(result.documents.count) documents, \(result.noticesQueued) "
                + "notices"
        }
    }
}
