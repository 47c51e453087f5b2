import SeatPlanCore

/// H3, H4 and H6 of docs/planning-rules.md, and the unit-split count: each role's fill
/// sequence walked once.
struct HallOrderRules {
    let context: CheckContext
    let geometry: HallGeometry

    /// What a position of the fill sequence holds, for one role's walk.
    private enum Slot {
        /// Nobody.
        case empty
        /// An exempt person, or an empty seat of zone `accessible` (kept for accessible people).
        case neutral
        /// A non-exempt person of the walked role (placement index).
        case own(Int)
        /// A non-exempt person of another role.
        case foreign(Int)

        var isPerson: Bool {
            switch self {
            case .own, .foreign: true
            case .empty, .neutral: false
            }
        }
    }

    func check() -> (violations: [PlanViolation], unitSplits: Int) {
        let roles = Set(
            context.placements.filter { $0.place.area == .hall && !context.isHallExempt($0) }.map(\.attendee.role))
        var violations: [PlanViolation] = []
        var splits = 0
        for role in Role.allCases where roles.contains(role) && role != .rostrum {
            let result = check(role: role)
            violations += result.violations
            splits += result.unitSplits
        }
        return (violations, splits)
    }

    private func check(role: Role) -> (violations: [PlanViolation], unitSplits: Int) {
        let sequence = CheckerFillSequence(role: role, context: context, geometry: geometry)
        let slots = zip(sequence.seats, sequence.venuePositions).map { seat, position -> Slot in
            guard let index = context.occupantAt[position] else {
                return seat.isInAccessibleZone || (!context.vacated.isEmpty && context.vacated[seat.id] != nil)
                    ? .neutral : .empty
            }
            let placement = context.placements[index]
            if context.isHallExempt(placement) { return .neutral }
            return placement.attendee.role == role ? .own(index) : .foreign(index)
        }
        var violations = order(slots, role: role)
        // Trailing empty seats of each segment: the row end a wrapping unit may leave empty.
        var trailing = Array(repeating: false, count: slots.count)
        for segment in sequence.segments {
            for position in segment.reversed() {
                if slots[position].isPerson { break }
                trailing[position] = true
            }
        }
        var people = [0]
        var gaps = [0]
        var groups: [Int: [Int]] = [:]
        for (position, slot) in slots.enumerated() {
            people.append((people.last ?? 0) + (slot.isPerson ? 1 : 0))
            var gap = 0
            if case .empty = slot, !trailing[position] { gap = 1 }
            gaps.append((gaps.last ?? 0) + gap)
            if case .own(let index) = slot {
                groups[context.placements[index].unitRank, default: []].append(position)
            }
        }
        let largestSegment = sequence.segments.map(\.count).max() ?? 0
        var splits = 0
        for rank in groups.keys.sorted() {
            guard let positions = groups[rank], let first = positions.first, let last = positions.last,
                case .own(let head) = slots[first]
            else { continue }
            let unit = context.placements[head].attendee.unit
            let others = people[last + 1] - people[first] - positions.count
            let holes = gaps[last + 1] - gaps[first]
            if others > 0 || holes > 0 {
                violations.append(
                    contiguity(
                        unit: unit, role: role, sequence: sequence, slots: slots, trailing: trailing, from: first,
                        to: last))
            }
            let segments = Set(positions.map { sequence.segmentOf[$0] }).count
            guard segments > 1 else { continue }
            splits += 1
            if context.rules.unitBreak == .newRow, positions.count <= largestSegment {
                violations.append(
                    PlanViolation(
                        rule: "H6", attendee: context.placements[head].attendee.id, seat: sequence.seats[first].id,
                        message:
                            "unit \(unit) (\(positions.count) \(role.rawValue)\(positions.count == 1 ? "" : "s")) fits "
                            + "in one row segment of \(largestSegment) seats but is spread over \(segments) "
                            + "segments, starting at \(sequence.seats[first].label); unit_break new_row starts it "
                            + "on a new row"
                    ))
            }
        }
        return (violations, splits)
    }

    /// H3: unit keys never decrease along the fill sequence; one report per unit seated too late.
    private func order(_ slots: [Slot], role: Role) -> [PlanViolation] {
        var violations: [PlanViolation] = []
        var highest: (rank: Int, index: Int)?
        var reported = Set<Int>()
        for slot in slots {
            guard case .own(let index) = slot else { continue }
            let placement = context.placements[index]
            let rank = placement.unitRank
            guard let top = highest else {
                highest = (rank, index)
                continue
            }
            if rank > top.rank {
                highest = (rank, index)
            } else if rank < top.rank, reported.insert(rank).inserted {
                let earlier = context.placements[top.index]
                violations.append(
                    PlanViolation(
                        rule: "H3", attendee: earlier.attendee.id, seat: earlier.seatID,
                        message:
                            "\(earlier.attendee.name) (unit \(earlier.attendee.unit)) sits at \(earlier.location), "
                            + "before unit \(placement.attendee.unit) (\(placement.location)), which comes earlier "
                            + "in \(context.unitKey.orderName) (role \(role.rawValue))"
                    ))
            }
        }
        return violations
    }

    /// H4: the first intruder or inner empty seat between a unit's first and last seat.
    private func contiguity(
        unit: String, role: Role, sequence: CheckerFillSequence, slots: [Slot], trailing: [Bool], from first: Int,
        to last: Int
    ) -> PlanViolation {
        let span =
            "between its first seat \(sequence.seats[first].label) and its last seat \(sequence.seats[last].label)"
        for position in first...last {
            let seat = sequence.seats[position]
            switch slots[position] {
            case .own(let index) where context.placements[index].attendee.unit != unit, .foreign(let index):
                let intruder = context.placements[index]
                return PlanViolation(
                    rule: "H4", attendee: intruder.attendee.id, seat: seat.id,
                    message:
                        "unit \(unit) (\(role.rawValue)s) is not one block: \(intruder.who) of unit "
                        + "\(intruder.attendee.unit) sits at \(seat.label), \(span)"
                )
            case .empty where !trailing[position]:
                return PlanViolation(
                    rule: "H4", seat: seat.id,
                    message:
                        "unit \(unit) (\(role.rawValue)s) leaves \(seat.label) empty inside its block, \(span); only a "
                        + "row end may stay empty"
                )
            default:
                continue
            }
        }
        return PlanViolation(
            rule: "H4", seat: sequence.seats[first].id,
            message: "unit \(unit) (\(role.rawValue)s) is not one block, \(span)")
    }
}
