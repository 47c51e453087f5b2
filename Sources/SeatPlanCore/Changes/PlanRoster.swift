/// The attendees behind a plan, rebuilt from its assignments when the original roster is not
/// at hand, or merged with the roster when it is (the roster wins).
///
/// From an assignment: id, name, unit, precedence and title as recorded; the role from
/// ``SeatAssignment/role``, else `rostrum` for a rostrum seat and `member` elsewhere; the unit
/// order from ``SeatAssignment/unitOrder``, else units are numbered after the recorded ones in
/// the order they first appear in the plan; tags as recorded. Gender is not in a plan.
public struct PlanRoster: Sendable, Equatable {
    /// The attendees: the roster's in roster order, then those only the plan knows, in plan order.
    public let attendees: [Attendee]
    /// Ids the plan lists as unseated that no roster describes (the plan keeps only their id).
    public let undescribed: [String]

    /// Rebuilds the attendees of a plan from its assignments alone.
    public init(plan: SeatPlan) {
        self.init(plan: plan, roster: nil)
    }

    /// The attendees of `roster`, followed by anyone seated in the plan whom the roster lacks.
    public init(plan: SeatPlan, roster: Roster?) {
        var attendees = roster?.attendees ?? []
        var known = Set(attendees.map(\.id))
        for attendee in Self.rebuild(plan.assignments) where known.insert(attendee.id).inserted {
            attendees.append(attendee)
        }
        self.attendees = attendees
        undescribed = plan.unseated.map(\.attendee).filter { known.insert($0).inserted }
    }

    /// The attendees as a roster.
    public func roster(source: String, encoding: TextEncoding = .utf8) -> Roster {
        Roster(attendees: attendees, source: source, encoding: encoding)
    }

    /// The attendee with the given id.
    public func attendee(id: String) -> Attendee? {
        attendees.first { $0.id == id }
    }

    /// One attendee per assignment (the first, if an id is seated twice).
    static func rebuild(_ assignments: [SeatAssignment]) -> [Attendee] {
        // Plans record every unit order these days; number units only for plans that do not
        // (unit names are Chinese, and hashing them is slow).
        var unitOrders: [String: Int] = [:]
        if assignments.contains(where: { $0.unitOrder == nil }) {
            for assignment in assignments where unitOrders[assignment.unit] == nil {
                if let order = assignment.unitOrder { unitOrders[assignment.unit] = order }
            }
            var next = (unitOrders.values.max() ?? 0) + 1
            for assignment in assignments where unitOrders[assignment.unit] == nil {
                unitOrders[assignment.unit] = next
                next += 1
            }
        }
        var seen: Set<String> = []
        return assignments.compactMap { assignment in
            guard seen.insert(assignment.attendee).inserted else { return nil }
            return Attendee(
                id: assignment.attendee, name: assignment.name, unit: assignment.unit,
                unitOrder: assignment.unitOrder ?? unitOrders[assignment.unit] ?? 1,
                precedence: assignment.precedence,
                role: assignment.role ?? (assignment.area == .rostrum ? .rostrum : .member),
                title: assignment.title ?? "", tags: assignment.tags ?? [])
        }
    }
}
