import HTTPTypes
import PlanCheck
import PlanningPipeline
import SeatPlanCore

/// What a late change would do (`POST …/changes/preview`): the proposed moves, their weighted
/// cost against the lower bound, and what the independent checker says of the new plan.
struct ChangePreview: Encodable, Sendable {
    struct Move: Encodable, Sendable {
        let attendee: String
        let name: String
        let from: String
        let fromLabel: String
        let to: String
        let toLabel: String
    }

    struct SeatTaken: Encodable, Sendable {
        let attendee: String
        let name: String
        let seat: String
        let label: String
        let reason: String
    }

    struct Finding: Encodable, Sendable {
        let rule: String
        let attendee: String?
        let seat: String?
        let message: String
    }

    struct Check: Encodable, Sendable {
        let violations: Int
        let findings: [Finding]
    }

    let baseVersion: Int
    let moves: [Move]
    let seated: [SeatTaken]
    let unseated: [SeatTaken]
    let moveCost: Double
    let moveBound: Double
    let status: String
    let check: Check
    /// Whether a manual move breaks a rule, so that applying needs a confirmation.
    let needsConfirmation: Bool
    /// The people placed by hand, whom a confirmation exempts from the order rules.
    let exemptions: [String]

    /// - Parameters:
    ///   - byHand: what the checker finds when the people placed by hand are judged like everyone
    ///     else (their pins removed): the rules the manual move breaks.
    init(baseVersion: Int, result: ReseatResult, placedByHand: Set<String>, byHand: [PlanViolation]) {
        let changes = result.plan.changes
        self.baseVersion = baseVersion
        moves = (changes?.moved ?? []).map {
            Move(
                attendee: $0.attendee, name: $0.name, from: $0.from, fromLabel: $0.fromLabel, to: $0.to,
                toLabel: $0.toLabel)
        }
        seated = (changes?.seated ?? []).map(SeatTaken.init)
        unseated = (changes?.unseated ?? []).map(SeatTaken.init)
        moveCost = changes?.moveCost ?? 0
        moveBound = changes?.moveBound ?? 0
        status = (changes?.status ?? result.plan.quality.status).rawValue
        let findings = (result.report.violations + byHand).map {
            Finding(rule: $0.rule, attendee: $0.attendee, seat: $0.seat, message: $0.message)
        }
        check = Check(violations: findings.count, findings: findings)
        needsConfirmation = !byHand.isEmpty
        exemptions = byHand.isEmpty ? [] : placedByHand.sorted()
    }
}

extension ChangePreview.SeatTaken {
    init(_ change: SeatChange) {
        self.init(
            attendee: change.attendee, name: change.name, seat: change.seat, label: change.label, reason: change.reason)
    }
}
