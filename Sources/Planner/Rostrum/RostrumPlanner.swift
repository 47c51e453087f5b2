import Optimization
import SeatPlanCore

/// Seats people with role `rostrum` per protocol.md §1 as an assignment integer program solved
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

    func plan(_ leaders: [Attendee], pins: [String: String], options: SolveOptions) throws -> AreaPlan {
        var area = AreaPlan()
        // Fixed people: pins on rostrum chairs, and the host when the rules seat the host specially.
        var fixedRow: [String: Int] = [:]
        var problems: [String] = []
        for leader in leaders {
            guard let chair = pins[leader.id] else { continue }
            guard let parsed = RostrumChairID(chair), rostrum.rows.contains(where: { $0.number == parsed.row }) else {
                problems.append("pin \(leader.id) → \(chair): no such rostrum chair; rostrum chairs are rostrum-<row>-C, -L<k> or -R<k> on rows 1–\(rostrum.rows.count)")
                continue
            }
            fixedRow[leader.id] = parsed.row
        }
        let host = rules.hostSeat == .byRank ? nil : leaders.first { $0.hasTag(.host) && pins[$0.id] == nil }
        if let host { fixedRow[host.id] = 1 }

        // Rows: fixed people first, then everyone else front to back.
        var members = Array(repeating: [Attendee](), count: rostrum.rows.count)
        for leader in leaders { if let row = fixedRow[leader.id] { members[row - 1].append(leader) } }
        var rowIndex = 0
        for leader in leaders where fixedRow[leader.id] == nil {
            while rowIndex < rostrum.rows.count, members[rowIndex].count >= RostrumLayout.capacity(of: rostrum.rows[rowIndex], rules: rules) {
                rowIndex += 1
            }
            guard rowIndex < rostrum.rows.count else {
                area.unseated.append(UnseatedAttendee(
                    attendee: leader.id,
                    reason: "the rostrum seats \(rostrum.rows.map { RostrumLayout.capacity(of: $0, rules: rules) }.reduce(0, +)) and \(leaders.count) people have role rostrum; precedence \(leader.precedence) is below the last chair"))
                continue
            }
            members[rowIndex].append(leader)
        }
        for (index, row) in rostrum.rows.enumerated() where members[index].count > RostrumLayout.capacity(of: row, rules: rules) {
            problems.append("rostrum row \(row.number) has \(members[index].count) people pinned or placed but seats \(RostrumLayout.capacity(of: row, rules: rules))")
        }
        let slots = RostrumLayout.slots(for: rostrum, occupancy: members.map(\.count), rules: rules)

        // The chair each fixed person must take.
        var fixedSlot: [String: Int] = [:]
        var owner: [Int: String] = [:]
        for leader in leaders where fixedRow[leader.id] != nil {
            let index: Int?
            if let chair = pins[leader.id] {
                index = slots.firstIndex { $0.id == chair }
                if index == nil {
                    let row = fixedRow[leader.id] ?? 0
                    let available = slots.filter { $0.row == row }.map(\.id).joined(separator: ", ")
                    problems.append("pin \(leader.id) → \(chair): with \(members[row - 1].count) people in row \(row) its chairs are \(available)")
                }
            } else {
                let front = slots.filter { $0.row == 1 }
                index = rules.hostSeat == .frontEnd
                    ? front.min { $0.x < $1.x }.flatMap { end in slots.firstIndex(of: end) }
                    : front.min { $0.rankInRow < $1.rankInRow }.flatMap { centre in slots.firstIndex(of: centre) }
            }
            guard let index else { continue }
            if let other = owner[index] {
                problems.append("two people fixed to rostrum chair \(slots[index].id): \(other) and \(leader.id)")
            }
            owner[index] = leader.id
            fixedSlot[leader.id] = index
        }
        if !problems.isEmpty { throw PlanningError(problems) }

        let order = Dictionary(uniqueKeysWithValues: leaders.enumerated().map { ($0.element.id, $0.offset + 1) })
        // With nobody fixed, protocol order itself has objective 0, which no assignment beats:
        // take it directly. GLPK solves the rest.
        if fixedSlot.isEmpty, let direct = Self.protocolOrder(members, slots: slots, order: order) {
            area.placed = direct
            return area
        }

        var model = LinearModel(sense: .minimize)
        var choices: [(person: Attendee, slot: Int, variable: VariableID)] = []
        var seatTerms = Array(repeating: [LinearTerm](), count: slots.count)
        for (rowOffset, rowMembers) in members.enumerated() {
            for person in rowMembers {
                var personTerms: [LinearTerm] = []
                for (index, slot) in slots.enumerated() where slot.row == rowOffset + 1 {
                    if let fixed = fixedSlot[person.id], fixed != index { continue }
                    if fixedSlot[person.id] == nil, owner[index] != nil { continue }
                    let distance = Double((order[person.id] ?? 0) - slot.honour)
                    let variable = try model.addVariable(kind: .binary, objective: distance * distance)
                    choices.append((person, index, variable))
                    personTerms.append(LinearTerm(variable, 1))
                    seatTerms[index].append(LinearTerm(variable, 1))
                }
                try model.addConstraint("person \(person.id)", personTerms, .equal(1))
            }
        }
        for (index, terms) in seatTerms.enumerated() where !terms.isEmpty {
            try model.addConstraint("chair \(slots[index].id)", terms, .lessOrEqual(1))
        }
        let result = try GLPKSolver.solve(model, options: options)
        guard result.hasSolution else {
            area.unseated += members.flatMap { $0 }.map {
                UnseatedAttendee(attendee: $0.id, reason: "the rostrum plan could not be solved (\(result.status.rawValue))")
            }
            area.status = .infeasible
            return area
        }
        for choice in choices where (result.value(of: choice.variable) ?? 0) > 0.5 {
            area.placed.append(PlacedAttendee(attendee: choice.person, seat: .rostrum(slots[choice.slot])))
        }
        area.objective = result.objective ?? 0
        area.bound = result.bound ?? area.objective
        area.status = result.status == .optimal ? .optimal : .feasible
        if !fixedSlot.isEmpty {
            area.notes.append("rostrum: \(fixedSlot.count) people placed by pin or host seat")
        }
        return area
    }

    /// Everyone on the chair whose honour equals their rank, when every row has those chairs
    /// (the zero-cost assignment), else `nil`.
    static func protocolOrder(_ members: [[Attendee]], slots: [RostrumSlot], order: [String: Int]) -> [PlacedAttendee]? {
        let byHonour = Dictionary(slots.map { ($0.honour, $0) }, uniquingKeysWith: { first, _ in first })
        var placed: [PlacedAttendee] = []
        for (rowOffset, rowMembers) in members.enumerated() {
            for person in rowMembers {
                guard let rank = order[person.id], let slot = byHonour[rank], slot.row == rowOffset + 1 else { return nil }
                placed.append(PlacedAttendee(attendee: person, seat: .rostrum(slot)))
            }
        }
        return placed
    }
}
