import Foundation
import SeatPlanCore
import TestSupport

@testable import ExchangeBridge

/// Shared set-up for exchange-store tests: a fresh file per test, a fixed clock, sample data.
enum StoreFixtures {
    /// A fixed instant, so stored timestamps are deterministic.
    static let fixedDate = Date(timeIntervalSince1970: 1_740_000_000)  // 2025-02-19T21:20:00Z

    /// A path for a store file that does not exist yet, in its own temporary directory.
    static func freshPath(_ name: String = "exchange.sqlite") throws -> String {
        try ProcessRunner.temporaryDirectory("exchange-store").appendingPathComponent(name).path
    }

    /// Options with a fixed clock and a recognisable actor.
    static func options(busyTimeout: Duration = .seconds(5)) -> ExchangeStoreOptions {
        ExchangeStoreOptions(busyTimeout: busyTimeout, actor: "tester", now: { fixedDate })
    }

    /// A new store on a fresh file.
    static func freshStore() throws -> ExchangeStore {
        try ExchangeStore(path: freshPath(), options: options())
    }

    /// A small plan: two rostrum seats and one hall seat, one person unseated, with names that
    /// stress storage (quotes, emoji, a GBK-only character).
    static func samplePlan(objective: Double = 12.5) -> SeatPlan {
        SeatPlan(
            venue: "市人民会堂", convention: "cn", meeting: "市人大常委会第十次会议",
            assignments: [
                SeatAssignment(
                    attendee: "A001", name: "张三", unit: "市委办公室", precedence: 1, seat: "R1-1",
                    label: "主席台 第1排 1号", area: .rostrum, floor: nil, row: 1, number: "1", table: nil, x: 0, y: -3),
                SeatAssignment(
                    attendee: "A002", name: "O'Brien \"李\" 😀", unit: "市政府办公室", precedence: 2, seat: "R1-2",
                    label: "主席台 第1排 2号", area: .rostrum, floor: nil, row: 1, number: "2", table: nil, x: -0.6, y: -3),
                SeatAssignment(
                    attendee: "A003", name: "王喆𠀀", unit: "市委办公室", precedence: 3, seat: "F1-3-15",
                    label: "一楼 3排15号", area: .hall, floor: 1, row: 3, number: "15", table: nil, x: 4.2, y: 6.5),
            ],
            unseated: [UnseatedAttendee(attendee: "A004", reason: "no accessible seat left")],
            quality: PlanQuality(
                status: .optimal, objective: objective, bound: objective, gap: 0, protocolViolations: 0,
                unitSplits: 0, solveMilliseconds: 42))
    }

    /// A store with one meeting and two units.
    static func storeWithUnits() throws -> (ExchangeStore, Meeting) {
        let store = try freshStore()
        let meeting = try store.findOrCreateMeeting(named: "测试会议")
        _ = try store.saveUnits(
            [
                UnitDetails(
                    name: "市委办公室", officialOrder: 1, contactPerson: "李四", officePhone: "0571-8888",
                    mobile: "13800000000"),
                UnitDetails(name: "市政府办公室", officialOrder: 2),
            ], meeting: meeting.id)
        return (store, meeting)
    }
}

extension StoreFixtures {
    /// Roster CSV of `attendees`, as a unit would upload it.
    static func rosterCSV(_ attendees: [Attendee]) -> Data { RosterCSV.encode(attendees) }

    /// An attendee of `unit` with id `id` and precedence `precedence`.
    static func person(_ id: String, _ name: String, unit: String, precedence: Int, role: Role = .member) -> Attendee {
        Attendee(id: id, name: name, unit: unit, unitOrder: 9, precedence: precedence, role: role)
    }

    /// A plan seating `people` in order on hall seats.
    static func plan(seating people: [Attendee], unseated: [UnseatedAttendee] = [], objective: Double = 1) -> SeatPlan {
        SeatPlan(
            venue: "市人民会堂", convention: "cn", meeting: "测试会议",
            assignments: people.enumerated().map { index, person in
                SeatAssignment(
                    attendee: person.id, name: person.name, unit: person.unit, precedence: person.precedence,
                    seat: "F1-1-\(index + 1)", label: "一楼 1排\(index + 1)号", area: .hall, floor: 1, row: 1,
                    number: "\(index + 1)", table: nil, x: Double(index), y: 5)
            },
            unseated: unseated,
            quality: PlanQuality(
                status: .optimal, objective: objective, bound: objective, gap: 0, protocolViolations: 0, unitSplits: 0,
                solveMilliseconds: 1))
    }
}
