import SeatPlanCore

/// Turns a unit plan into attendees: names, genders, titles by rank, precedence, ids and tags.
enum RosterAssembler {
    /// A person before precedence and id are known.
    private struct Draft {
        var attendee: Attendee
        /// Sort key for precedence among non-rostrum people: role group, unit, rank.
        let order: (group: Int, unit: Int, rank: Int)
        /// Whether the person heads their unit's group of this role.
        let isHead: Bool
    }

    /// Precedence groups after the rostrum: members, then non-voting attendees, guests, press, staff.
    private static let groups: [Role] = [.member, .nonvoting, .guest, .press, .staff]

    /// The attendees in file order: unit by unit in official order, each unit's people by role
    /// and rank.
    static func attendees(for spec: RosterSpecification, plan: UnitPlan, using draws: inout Draws) -> [Attendee] {
        var drafts: [Draft] = []
        drafts.reserveCapacity(spec.totalCount)
        for (index, unit) in plan.units.enumerated() {
            let unitOrder = index + 1
            var rank = 0
            func add(_ role: Role, _ title: String, precedence: Int, position: Int, tags: [String] = []) {
                let gender: Gender = draws.chance(spec.femaleShare) ? .female : .male
                let attendee = Attendee(
                    id: "", name: ChineseNames.draw(gender: gender, using: &draws), unit: unit.template.name,
                    unitOrder: unitOrder, precedence: precedence, role: role, title: title, gender: gender, tags: tags)
                let group = groups.firstIndex(of: role) ?? -1
                drafts.append(Draft(attendee: attendee, order: (group, unitOrder, position), isHead: position == 0))
            }
            for (position, seat) in unit.rostrum.enumerated() {
                add(.rostrum, seat.title, precedence: seat.precedence, position: position)
                rank += 1
            }
            var hostsLeft = unit.hosts
            for role in [Role.member, .nonvoting, .guest] {
                for position in 0..<(unit.counts[role] ?? 0) {
                    add(
                        role, unit.template.ladder.title(at: rank), precedence: 0, position: position,
                        tags: hostsLeft > 0 ? [RosterTag.host.rawValue] : [])
                    hostsLeft -= 1
                    rank += 1
                }
            }
            for (role, ladder) in [(Role.press, TitleLadder.press), (.staff, .staff)] {
                for position in 0..<(unit.counts[role] ?? 0) {
                    add(role, ladder.title(at: position), precedence: 0, position: position)
                }
            }
        }
        assignPrecedence(&drafts, rostrumCount: spec.rostrumCount)
        tagAccessible(&drafts, share: spec.accessibleShare, using: &draws)
        let width = max(5, String(drafts.count).count)
        return drafts.enumerated().map { index, draft in
            var attendee = draft.attendee
            let number = String(index + 1)
            attendee.id = "A" + String(repeating: "0", count: width - number.count) + number
            return attendee
        }
    }

    /// Rostrum people keep their ladder precedence 1…R; everyone else follows in group, unit
    /// and rank order, so each unit's head has its lowest precedence.
    private static func assignPrecedence(_ drafts: inout [Draft], rostrumCount: Int) {
        let others = drafts.indices
            .filter { drafts[$0].attendee.role != .rostrum }
            .sorted { drafts[$0].order < drafts[$1].order }
        for (offset, index) in others.enumerated() {
            drafts[index].attendee.precedence = rostrumCount + offset + 1
        }
    }

    /// Tags a share of the hall's people `accessible`, never a rostrum person, a host or the
    /// head of a unit's group.
    private static func tagAccessible(_ drafts: inout [Draft], share: Double, using draws: inout Draws) {
        let hall = drafts.filter { $0.attendee.role != .rostrum }.count
        let eligible = drafts.indices.filter {
            drafts[$0].attendee.role != .rostrum && !drafts[$0].isHead && drafts[$0].attendee.tags.isEmpty
        }
        let wanted = Int((share * Double(hall)).rounded())
        for pick in draws.sample(wanted, of: eligible.count) {
            drafts[eligible[pick]].attendee.tags.append(RosterTag.accessible.rawValue)
        }
    }
}
