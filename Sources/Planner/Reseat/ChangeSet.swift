import SeatPlanCore

/// A set of late changes (docs/protocol.md §6) checked against a plan, its venue and its roster,
/// and their outcome: the new roster and what the re-planning must honour.
///
/// The set is all or nothing: if any change is wrong, ``init(_:plan:venue:roster:rulePins:)``
/// throws a ``ChangeSetError`` listing every problem and nothing is applied. Changes apply in
/// file order, so a later change may refer to someone added or sent as a substitute earlier,
/// but not to someone cancelled or replaced earlier. The plan and roster given are values and
/// are never modified.
public struct ChangeSet: Sendable, Equatable {
    /// The changes, in file order.
    public let operations: [ChangeOperation]
    /// The attendees after the changes: the cancelled removed, the added appended, each
    /// substitute in the absent person's place with their own id, name, title and precedence
    /// and the absent person's unit, unit order, role and tags.
    public let roster: Roster
    /// Ids of the attendees who cancelled, in file order.
    public let cancelled: [String]
    /// Ids of the attendees added, in file order.
    public let added: [String]
    /// Absent attendee's id → their substitute's id.
    public let substitutions: [String: String]
    /// Substitute id → the hall or table seat they take over from the absent person (§6),
    /// unless that seat is blocked or pinned to someone else by these changes or the rules, or
    /// the substitute is pinned elsewhere. Rostrum substitutes are not listed: they are re-ranked.
    public let substituteSeats: [String: String]
    /// Seats that must not be used any more.
    public let blockedSeats: Set<String>
    /// Attendee id → the seat they must have.
    public let pins: [String: String]
    /// Attendee id → how their role changes.
    public let roleChanges: [String: RoleChange]

    /// Checks `operations` against the plan, the venue and the roster, and applies them.
    ///
    /// The current attendees are `roster`'s, plus anyone seated in `plan` whom the roster lacks
    /// (see ``PlanRoster``); pass an empty roster when only the plan is at hand. `rulePins` are
    /// the pins already in force (attendee → seat, from the rules file): a change may not block
    /// such a seat or pin someone else onto it.
    public init(
        _ operations: [ChangeOperation], plan: SeatPlan, venue: Venue, roster: Roster,
        rulePins: [String: String] = [:]
    ) throws(ChangeSetError) {
        var builder = ChangeSetBuilder(plan: plan, venue: venue, roster: roster, rulePins: rulePins)
        for operation in operations { builder.apply(operation) }
        builder.checkPinnedSeatsAreOpen()
        guard builder.problems.isEmpty else { throw ChangeSetError(builder.problems) }
        self.operations = operations
        self.roster = Roster(
            attendees: builder.order.compactMap { builder.people[$0] }, source: roster.source, encoding: roster.encoding
        )
        cancelled = builder.cancelled
        added = builder.added
        substitutions = builder.substitutions
        substituteSeats = builder.substituteSeats()
        blockedSeats = Set(builder.blocked.keys)
        pins = builder.pins.mapValues(\.seat)
        roleChanges = builder.roleChanges.mapValues(\.change)
    }

    /// Whether the set changes nothing.
    public var isEmpty: Bool { operations.isEmpty }
}
