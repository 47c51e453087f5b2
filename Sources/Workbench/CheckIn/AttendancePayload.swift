import ExchangeBridge
import Foundation
import SeatPlanCore

/// Who has arrived (`GET /api/meetings/{id}/attendance`): the checked-in people of the current
/// plan version, counts per role (the rostrum, then the hall's roles as the map shows them) and
/// per unit, and the rostrum's people not yet arrived in precedence order.
struct AttendancePayload: Encodable {
    struct Count: Encodable {
        let arrived: Int
        let expected: Int
    }

    struct RoleCount: Encodable {
        /// `rostrum` for everyone seated on the rostrum, else the person's role (`member`, …).
        let role: String
        let arrived: Int
        let expected: Int
    }

    struct UnitCount: Encodable {
        let unit: String
        let arrived: Int
        let expected: Int
    }

    struct Missing: Encodable {
        let attendee: String
        let name: String
        let unit: String
        let title: String?
        let precedence: Int
        let seat: String
        let seatLabel: String

        enum CodingKeys: String, CodingKey {
            case attendee, name, unit, title, precedence, seat
            case seatLabel = "seat_label"
        }
    }

    let planVersion: Int
    /// The office key's fingerprint, `nil` when the store has none (no pass can be checked).
    let officeKey: String?
    /// The seated people who checked in, in check-in order.
    let arrived: [String]
    let total: Count
    let roles: [RoleCount]
    let units: [UnitCount]
    let rostrumMissing: [Missing]
    /// Every check-in of the meeting, also of people no longer seated.
    let checkIns: Int

    enum CodingKeys: String, CodingKey {
        case arrived, total, roles, units
        case planVersion = "plan_version"
        case officeKey = "office_key"
        case rostrumMissing = "rostrum_missing"
        case checkIns = "check_ins"
    }

    /// The order roles are listed in.
    static let roleOrder = ["rostrum", "member", "nonvoting", "guest", "staff", "press", "attendee"]

    init(plan: SeatPlan, version: Int, checkIns: [CheckIn], officeKey: String?) {
        let seated = plan.assignments.sorted { ($0.precedence, $0.attendee) < ($1.precedence, $1.attendee) }
        let seatedIDs = Set(seated.map(\.attendee))
        let arrivedIDs = Set(checkIns.map(\.attendee))
        planVersion = version
        self.officeKey = officeKey
        arrived = checkIns.map(\.attendee).filter { seatedIDs.contains($0) }
        self.checkIns = checkIns.count
        total = Count(arrived: arrived.count, expected: seated.count)
        var roleCounts: [String: (arrived: Int, expected: Int)] = [:]
        var unitCounts: [String: (arrived: Int, expected: Int)] = [:]
        var unitOrder: [String] = []
        for person in seated {
            let role = Self.role(of: person)
            let here = arrivedIDs.contains(person.attendee) ? 1 : 0
            roleCounts[role, default: (0, 0)].arrived += here
            roleCounts[role, default: (0, 0)].expected += 1
            if unitCounts[person.unit] == nil { unitOrder.append(person.unit) }
            unitCounts[person.unit, default: (0, 0)].arrived += here
            unitCounts[person.unit, default: (0, 0)].expected += 1
        }
        let order = Self.roleOrder
        roles = roleCounts.keys.sorted {
            (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1)
        }.map { RoleCount(role: $0, arrived: roleCounts[$0]?.arrived ?? 0, expected: roleCounts[$0]?.expected ?? 0) }
        units = unitOrder.map {
            UnitCount(unit: $0, arrived: unitCounts[$0]?.arrived ?? 0, expected: unitCounts[$0]?.expected ?? 0)
        }
        rostrumMissing = seated.filter { $0.area == .rostrum && !arrivedIDs.contains($0.attendee) }.map {
            Missing(
                attendee: $0.attendee, name: $0.name, unit: $0.unit, title: $0.title, precedence: $0.precedence,
                seat: $0.seat, seatLabel: $0.label)
        }
    }

    /// The role a person is counted under: the rostrum, or their role in the hall.
    static func role(of person: SeatAssignment) -> String {
        person.area == .rostrum ? "rostrum" : person.role?.rawValue ?? "attendee"
    }
}
