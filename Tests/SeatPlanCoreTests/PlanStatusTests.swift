import Foundation
import SeatPlanCore
import Testing

/// `PlanQuality.status` and `PlanChanges.status` are typed, and read and write the same words.
@Suite("Plan status")
struct PlanStatusTests {
    @Test("The JSON words are the statuses' raw values")
    func words() throws {
        #expect(PlanStatus.allCases.map(\.rawValue) == ["optimal", "feasible", "infeasible"])
        let quality = PlanQuality(
            status: .feasible, objective: 1, bound: 0, gap: 1, protocolViolations: 0, unitSplits: 0,
            solveMilliseconds: 0)
        let text = String(decoding: try JSONEncoder().encode(quality), as: UTF8.self)
        #expect(text.contains(#""status":"feasible""#))
        #expect(try JSONDecoder().decode(PlanQuality.self, from: Data(text.utf8)) == quality)
    }

    @Test("A plan of several parts is as sure as its least sure part")
    func combined() {
        #expect(PlanStatus.optimal.combined(with: .optimal) == .optimal)
        #expect(PlanStatus.optimal.combined(with: .feasible) == .feasible)
        #expect(PlanStatus.infeasible.combined(with: .feasible) == .infeasible)
        #expect(PlanStatus.feasible.combined(with: .infeasible) == .infeasible)
    }

    @Test("A re-plan is optimal when its cost meets the bound")
    func changes() {
        #expect(PlanChanges(policy: LateChangePolicy(), moveCost: 3, moveBound: 3).status == .optimal)
        #expect(PlanChanges(policy: LateChangePolicy(), moveCost: 4, moveBound: 3).status == .feasible)
    }

    @Test("An unknown status in PLAN.json is reported with its field")
    func unknownWord() {
        let text =
            #"{"schema": "seatplan.plan/1", "venue": "v", "convention": "cn", "unseated": [], "assignments": [], "#
            + #""quality": {"status": "great", "objective": 1, "bound": 1, "gap": 0, "protocol_violations": 0, "#
            + #""unit_splits": 0, "solve_ms": 3}}"#
        #expect(throws: InputError.self) { try SeatPlan.decode(Data(text.utf8), file: "plan.json") }
        do {
            _ = try SeatPlan.decode(Data(text.utf8), file: "plan.json")
        } catch {
            #expect("\(error)".contains("quality.status"))
        }
    }
}
