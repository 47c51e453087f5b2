import Foundation
import SeatPlanCore

/// G1–G7 of docs/planning-rules.md: every plan, whatever the venue.
struct GeneralRules {
    let context: CheckContext
    let plan: SeatPlan

    func violations() -> [PlanViolation] {
        attendance() + seatUse() + seatRecords() + pins() + areas()
    }

    /// G1: every roster attendee exactly once, seated or unseated with a reason; no strangers.
    private func attendance() -> [PlanViolation] {
        var violations: [PlanViolation] = []
        var seated: [String: Int] = [:]
        seated.reserveCapacity(plan.assignments.count)
        var unseated: [String: Int] = [:]
        var strangers: [String] = []
        var reported = Set<String>()
        for assignment in plan.assignments {
            seated[assignment.attendee, default: 0] += 1
            if context.attendees[assignment.attendee] == nil, reported.insert(assignment.attendee).inserted {
                strangers.append(assignment.attendee)
            }
        }
        for entry in plan.unseated {
            unseated[entry.attendee, default: 0] += 1
            if context.attendees[entry.attendee] == nil, reported.insert(entry.attendee).inserted {
                strangers.append(entry.attendee)
            }
            if entry.reason.trimmingWhitespace.isEmpty {
                let name = context.attendees[entry.attendee]?.name ?? entry.attendee
                violations.append(
                    PlanViolation(
                        rule: "G1", attendee: entry.attendee,
                        message: "\(name) (\(entry.attendee)) is listed as unseated without a reason"))
            }
        }
        for attendee in context.roster.attendees where context.line[attendee.id] != nil {
            let seats = seated[attendee.id] ?? 0
            let entries = unseated[attendee.id] ?? 0
            if seats + entries == 0 {
                violations.append(
                    PlanViolation(
                        rule: "G1", attendee: attendee.id,
                        message:
                            "\(attendee.name) (\(attendee.id), unit \(attendee.unit)) is neither seated nor listed as "
                            + "unseated"
                    ))
            } else if seats + entries > 1 {
                violations.append(
                    PlanViolation(
                        rule: "G1", attendee: attendee.id,
                        message:
                            "\(attendee.name) (\(attendee.id)) appears \(seats + entries) times: \(seats) "
                            + "seat\(seats == 1 ? "" : "s") and \(entries) unseated "
                            + "entr\(entries == 1 ? "y" : "ies")"
                    ))
            }
        }
        for id in strangers {
            violations.append(
                PlanViolation(rule: "G1", attendee: id, message: "the plan lists \(id), who is not on the roster"))
        }
        return violations
    }

    /// G2 and G3: no seat twice, every seat exists.
    private func seatUse() -> [PlanViolation] {
        var violations: [PlanViolation] = []
        var holder: [String: String] = [:]
        holder.reserveCapacity(plan.assignments.count)
        for assignment in plan.assignments {
            let name = context.attendees[assignment.attendee]?.name ?? assignment.attendee
            if context.resolve(assignment.seat) == nil {
                violations.append(
                    PlanViolation(
                        rule: "G3", attendee: assignment.attendee, seat: assignment.seat,
                        message:
                            "\(name) (\(assignment.attendee)) is given seat '\(assignment.seat)', which the venue does "
                            + "not have"
                    ))
            }
            if let first = holder[assignment.seat] {
                let firstName = context.attendees[first]?.name ?? first
                violations.append(
                    PlanViolation(
                        rule: "G2", attendee: assignment.attendee, seat: assignment.seat,
                        message:
                            "seat \(assignment.label) (\(assignment.seat)) is given to both \(firstName) (\(first)) "
                            + "and \(name) (\(assignment.attendee))"
                    ))
            } else {
                holder[assignment.seat] = assignment.attendee
            }
        }
        return violations
    }

    /// G4 and G5: the plan's copy of each seat and person matches the venue and roster; no
    /// unavailable seat is used.
    private func seatRecords() -> [PlanViolation] {
        var violations: [PlanViolation] = []
        let rostrumRanks = rostrumChairRanks()
        for placement in context.placements {
            let assignment = placement.assignment
            var wrong: [String] = []
            func compare<T: Equatable>(_ field: String, _ planned: T, _ actual: T, _ show: (T) -> String) {
                if planned != actual { wrong.append("\(field) \(show(planned)) (venue/roster: \(show(actual)))") }
            }
            func close(_ field: String, _ planned: Double, _ actual: Double) {
                if abs(planned - actual) > 0.001 { wrong.append("\(field) \(planned) (venue: \(actual))") }
            }
            let optional: (Int?) -> String = { $0.map(String.init) ?? "none" }
            let text: (String?) -> String = { $0.map { "'\($0)'" } ?? "none" }
            compare("name", assignment.name, placement.attendee.name) { "'\($0)'" }
            compare("unit", assignment.unit, placement.attendee.unit) { "'\($0)'" }
            compare("precedence", assignment.precedence, placement.attendee.precedence) { String($0) }
            compare("area", assignment.area, placement.place.area) { $0.rawValue }
            switch placement.place {
            case .venue(let seat):
                compare("label", assignment.label, seat.label) { "'\($0)'" }
                compare("floor", assignment.floor, seat.floor, optional)
                compare("row", assignment.row, seat.row, optional)
                compare("number", assignment.number, seat.number) { "'\($0)'" }
                compare("table", assignment.table, seat.table, text)
                close("x", assignment.x, seat.x)
                close("y", assignment.y, seat.y)
                if let reason = seat.unavailableReason {
                    violations.append(
                        PlanViolation(
                            rule: "G5", attendee: placement.attendee.id, seat: seat.id,
                            message: "\(placement.who) sits on \(seat.label), which is unavailable (\(reason))"))
                }
            case .rostrum(let chair):
                guard let row = context.rostrumRows[chair.row] else { continue }
                let number = rostrumRanks[chair].map(String.init) ?? assignment.number
                compare("label", assignment.label, RostrumChairs.label(row: chair.row, rank: Int(number) ?? 0)) {
                    "'\($0)'"
                }
                compare("floor", assignment.floor, nil, optional)
                compare("row", assignment.row, chair.row, optional)
                compare("number", assignment.number, number) { "'\($0)'" }
                compare("table", assignment.table, nil, text)
                close("x", assignment.x, chair.x(in: row))
                close("y", assignment.y, row.y)
            }
            if !wrong.isEmpty {
                violations.append(
                    PlanViolation(
                        rule: "G4", attendee: placement.attendee.id, seat: placement.seatID,
                        message: "the plan's record of \(placement.who) on \(placement.seatID) is wrong: "
                            + wrong.joined(separator: "; ")))
            }
        }
        return violations
    }

    /// The in-row rank of every chair of the rostrum layout for the rows' actual head counts.
    private func rostrumChairRanks() -> [RostrumChairID: Int] {
        var ranks: [RostrumChairID: Int] = [:]
        for (number, count) in context.rostrumHeadCounts() {
            guard let row = context.rostrumRows[number] else { continue }
            let chairs = RostrumChairs.layout(
                row: row, count: count, isFront: number == context.frontRow, rules: context.rules.protocolRules)
            for (index, chair) in chairs.enumerated() { ranks[chair] = index + 1 }
        }
        return ranks
    }

    /// G6: every pin honoured.
    private func pins() -> [PlanViolation] {
        let pins = context.rules.pins
        guard !pins.isEmpty else { return [] }
        var first: [String: String] = [:]
        for assignment in plan.assignments where pins[assignment.attendee] != nil && first[assignment.attendee] == nil {
            first[assignment.attendee] = assignment.seat
        }
        var violations: [PlanViolation] = []
        for (id, seat) in context.rules.pins.sorted(by: { $0.key < $1.key }) {
            guard let attendee = context.attendees[id] else { continue }
            let target = context.resolve(seat)
            let targetName = target?.seat?.label ?? seat
            guard let actual = first[id] else {
                violations.append(
                    PlanViolation(
                        rule: "G6", attendee: id, seat: seat,
                        message: "\(attendee.name) (\(id)) is pinned to \(targetName) but is not seated"))
                continue
            }
            if actual != seat {
                violations.append(
                    PlanViolation(
                        rule: "G6", attendee: id, seat: seat,
                        message:
                            "\(attendee.name) (\(id)) is pinned to \(targetName) but sits on "
                            + "\(context.resolve(actual)?.seat?.label ?? actual)"
                    ))
            }
        }
        return violations
    }

    /// G7: rostrum people on the rostrum, everyone else in the hall (or at tables without a hall).
    private func areas() -> [PlanViolation] {
        context.placements.compactMap { placement in
            let actual = placement.place.area
            let expected = context.expectedArea(for: placement.attendee)
            guard actual != expected else { return nil }
            let role = placement.attendee.role.rawValue
            let should = expected.map { "belongs in the \(Self.word($0))" } ?? "has no area in this venue"
            return PlanViolation(
                rule: "G7", attendee: placement.attendee.id, seat: placement.seatID,
                message:
                    "\(placement.who) has role \(role) and \(should), but sits in the \(Self.word(actual)) at "
                    + "\(placement.location)"
            )
        }
    }

    static func word(_ area: SeatArea) -> String {
        switch area {
        case .rostrum: "rostrum (主席台)"
        case .hall: "hall"
        case .banquet: "banquet tables"
        }
    }
}
