import Optimization
import SeatPlanCore

/// Seats people with role `rostrum` per docs/protocol.md §1 as an assignment integer program solved
/// with GLPK.
///
/// The rules fix how many people sit in each row (front rows first, R1.6) and where each chair
/// stands (R1.2–R1.5); pins (R1.8) and the host seat (R1.7) fix some people to chairs; the
/// program assigns everyone else to the remaining chairs of their row minimising
/// Σ (order − honour)², whose optimum keeps everyone else in protocol order around the fixed
/// people. Each person may only take chairs of their own row, so the model has Σ rowᵢ²
/// variables rather than n².
struct RostrumPlanner {
    let rostrum: Rostrum
    let rules: ProtocolRules

    /// People fixed to one chair (by a pin, R1.8, or as the host, R1.7): attendee id → index
    /// into the slots, and the reverse.
    struct FixedChairs {
        var slotOf: [String: Int] = [:]
        var owner: [Int: String] = [:]
    }

    /// Seats `leaders` (in protocol order) on the rostrum.
    ///
    /// The steps: check the pins and find each fixed person's row; fill the rows front first;
    /// lay out the chairs for those head counts; find each fixed person's chair; then, with
    /// nobody fixed, take protocol order directly, else solve the assignment with GLPK.
    ///
    /// - Throws: ``PlanningError`` for pins on chairs that do not exist, rows with more fixed
    ///   people than chairs, or two people fixed to one chair.
    func plan(_ leaders: [Attendee], pins: [String: String], options: SolveOptions) throws -> AreaPlan {
        var area = AreaPlan()
        var problems: [String] = []
        let fixedRow = fixedRows(leaders, pins: pins, problems: &problems)
        let members = fillRows(leaders, fixedRow: fixedRow, unseated: &area.unseated)
        problems += overfullRows(members)
        let slots = RostrumLayout.slots(for: rostrum, occupancy: members.map(\.count), rules: rules)
        let fixed = fixedChairs(
            leaders, pins: pins, fixedRow: fixedRow, members: members, slots: slots, problems: &problems)
        if !problems.isEmpty { throw PlanningError(problems) }

        let order = Dictionary(uniqueKeysWithValues: leaders.enumerated().map { ($0.element.id, $0.offset + 1) })
        // With nobody fixed, protocol order itself has objective 0, which no assignment beats:
        // take it directly. GLPK solves the rest.
        if fixed.slotOf.isEmpty, let direct = Self.protocolOrder(members, slots: slots, order: order) {
            area.placed = direct
            return area
        }
        try solveAssignment(members, slots: slots, fixed: fixed, order: order, options: options, into: &area)
        return area
    }

    /// The row of everyone fixed to a chair: pinned people (whose pin must name a chair of an
    /// existing row) and, unless the host is ranked like everyone else, the host in row 1.
    private func fixedRows(_ leaders: [Attendee], pins: [String: String], problems: inout [String]) -> [String: Int] {
        var fixedRow: [String: Int] = [:]
        for leader in leaders {
            guard let chair = pins[leader.id] else { continue }
            guard let parsed = RostrumChairID(chair), rostrum.rows.contains(where: { $0.number == parsed.row }) else {
                problems.append(
                    "pin \(leader.id) → \(chair): no such rostrum chair; rostrum chairs are rostrum-<row>-C, -L<k> or "
                        + "-R<k> on rows 1–\(rostrum.rows.count)"
                )
                continue
            }
            fixedRow[leader.id] = parsed.row
        }
        let host = rules.hostSeat == .byRank ? nil : leaders.first { $0.hasTag(.host) && pins[$0.id] == nil }
        if let host { fixedRow[host.id] = 1 }
        return fixedRow
    }

    /// The people of each row (R1.6): fixed people in their rows, then everyone else in order
    /// into the first row with a free chair; those beyond the last chair are unseated.
    private func fillRows(_ leaders: [Attendee], fixedRow: [String: Int], unseated: inout [UnseatedAttendee])
        -> [[Attendee]]
    {
        var members = Array(repeating: [Attendee](), count: rostrum.rows.count)
        for leader in leaders { if let row = fixedRow[leader.id] { members[row - 1].append(leader) } }
        var rowIndex = 0
        for leader in leaders where fixedRow[leader.id] == nil {
            while rowIndex < rostrum.rows.count,
                members[rowIndex].count >= RostrumLayout.capacity(of: rostrum.rows[rowIndex], rules: rules)
            {
                rowIndex += 1
            }
            guard rowIndex < rostrum.rows.count else {
                unseated.append(
                    UnseatedAttendee(
                        attendee: leader.id,
                        reason:
                            "the rostrum seats "
                            + "\(rostrum.rows.map { RostrumLayout.capacity(of: $0, rules: rules) }.reduce(0, +)) an"
                            + "d \(leaders.count) people have role rostrum; precedence \(leader.precedence) is "
                            + "below the last chair"
                    ))
                continue
            }
            members[rowIndex].append(leader)
        }
        return members
    }

    /// A problem for every row that more people are fixed to than it has chairs.
    private func overfullRows(_ members: [[Attendee]]) -> [String] {
        rostrum.rows.enumerated().compactMap { index, row in
            let capacity = RostrumLayout.capacity(of: row, rules: rules)
            guard members[index].count > capacity else { return nil }
            return "rostrum row \(row.number) has \(members[index].count) people pinned or placed but seats \(capacity)"
        }
    }

    /// The chair each fixed person must take: the pinned chair (which must exist for the row's
    /// head count), or the host seat of the front row (its centre, or its audience-left end).
    private func fixedChairs(
        _ leaders: [Attendee], pins: [String: String], fixedRow: [String: Int], members: [[Attendee]],
        slots: [RostrumSlot],
        problems: inout [String]
    ) -> FixedChairs {
        var fixed = FixedChairs()
        for leader in leaders where fixedRow[leader.id] != nil {
            let index: Int?
            if let chair = pins[leader.id] {
                index = slots.firstIndex { $0.id == chair }
                if index == nil {
                    let row = fixedRow[leader.id] ?? 0
                    let available = slots.filter { $0.row == row }.map(\.id).joined(separator: ", ")
                    problems.append(
                        "pin \(leader.id) → \(chair): with \(members[row - 1].count) people in row \(row) its chairs "
                            + "are \(available)"
                    )
                }
            } else {
                index = hostSlot(slots)
            }
            guard let index else { continue }
            if let other = fixed.owner[index] {
                problems.append("two people fixed to rostrum chair \(slots[index].id): \(other) and \(leader.id)")
            }
            fixed.owner[index] = leader.id
            fixed.slotOf[leader.id] = index
        }
        return fixed
    }

    /// The host's chair (R1.7): the front row's audience-left end (`front_end`) or its most
    /// honoured chair (`front_centre`).
    private func hostSlot(_ slots: [RostrumSlot]) -> Int? {
        let front = slots.filter { $0.row == 1 }
        return rules.hostSeat == .frontEnd
            ? front.min { $0.x < $1.x }.flatMap { end in slots.firstIndex(of: end) }
            : front.min { $0.rankInRow < $1.rankInRow }.flatMap { centre in slots.firstIndex(of: centre) }
    }

    /// Everyone on the chair whose honour equals their rank, when every row has those chairs
    /// (the zero-cost assignment), else `nil`.
    static func protocolOrder(_ members: [[Attendee]], slots: [RostrumSlot], order: [String: Int]) -> [PlacedAttendee]?
    {
        let byHonour = Dictionary(slots.map { ($0.honour, $0) }, uniquingKeysWith: { first, _ in first })
        var placed: [PlacedAttendee] = []
        for (rowOffset, rowMembers) in members.enumerated() {
            for person in rowMembers {
                guard let rank = order[person.id], let slot = byHonour[rank], slot.row == rowOffset + 1 else {
                    return nil
                }
                placed.append(PlacedAttendee(attendee: person, seat: .rostrum(slot)))
            }
        }
        return placed
    }
}
