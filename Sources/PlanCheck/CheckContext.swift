import SeatPlanCore

/// Where a plan puts someone: a venue seat (hall or table) or a rostrum chair.
enum PlacedSeat: Sendable {
    case venue(Seat)
    case rostrum(RostrumChairID)

    /// The area the venue says the seat is in.
    var area: SeatArea {
        switch self {
        case .venue(let seat): seat.area
        case .rostrum: .rostrum
        }
    }

    /// The venue seat, when it is one.
    var seat: Seat? {
        if case .venue(let seat) = self { return seat }
        return nil
    }

    /// The rostrum chair, when it is one.
    var chair: RostrumChairID? {
        if case .rostrum(let chair) = self { return chair }
        return nil
    }
}

/// One roster attendee on a seat that exists: the first assignment of each attendee. A class:
/// the rules pass placements around a lot, and a reference is one retain where a copy of the
/// assignment and attendee is dozens.
final class Placement: Sendable {
    /// The assignment as written in the plan.
    let assignment: SeatAssignment
    /// The roster's record of the attendee.
    let attendee: Attendee
    /// The seat, resolved against the venue.
    let place: PlacedSeat
    /// The attendee's unit's place in the unit order, looked up once (unit names are Chinese,
    /// and hashing them is slow).
    let unitRank: Int

    init(assignment: SeatAssignment, attendee: Attendee, place: PlacedSeat, unitRank: Int) {
        self.assignment = assignment
        self.attendee = attendee
        self.place = place
        self.unitRank = unitRank
    }

    /// The seat id.
    var seatID: String { assignment.seat }

    /// The seat as a planner reads it: the venue's label, or the rostrum row and chair id.
    var location: String {
        switch place {
        case .venue(let seat): seat.label
        case .rostrum(let chair): "主席台 \(chair.row)排 (\(chair))"
        }
    }

    /// "张　三 (A0012)".
    var who: String { "\(attendee.name) (\(attendee.id))" }
}

/// Everything the rule families share, indexed once by id so that every rule is a linear or
/// n log n pass.
struct CheckContext: Sendable {
    /// The plan's venue, with the plan's blocked seats out of use.
    let venue: Venue
    let roster: Roster
    /// The rules, with the plan's late pins.
    let rules: PlanningRules
    /// The roster by id and the unit order.
    let index: RosterIndex
    /// The venue's seat id → position in `venue.seats`.
    let seatPositions: [String: Int]
    /// Rostrum rows by number.
    let rostrumRows: [Int: RostrumRow]
    /// The front rostrum row's number.
    let frontRow: Int?
    /// One placement per seated roster attendee whose seat exists, in plan order.
    let placements: [Placement]
    /// Attendee id → index into `placements`.
    let placementOf: [String: Int]
    /// Venue seat position → index into `placements` of its first occupant.
    let occupantAt: [Int?]
    /// Seats named by a pin.
    let pinnedSeats: Set<String>
    /// For a re-planned plan: its late-change policy.
    let lateChanges: LateChangePolicy?
    /// People seated outside the unit order on purpose by a re-plan (substitutes in place, late arrivals).
    let lateExempt: Set<String>
    /// Hall seats left empty by absences: seat id → the unit whose block they lie in.
    let vacated: [String: String]

    /// Roster attendees by id (the first of a repeated id).
    var attendees: [String: Attendee] { index.attendees }
    /// Roster line order by id, for person order.
    var line: [String: Int] { index.line }
    /// The unit order.
    var unitKey: UnitKey { index.unitKey }

    init(index: RosterIndex, venue: Venue, roster: Roster, rules: PlanningRules, plan: SeatPlan) {
        self.index = index
        self.venue = venue
        self.roster = roster
        self.rules = rules
        let attendees = index.attendees
        let seatPositions = venue.seatPositions
        self.seatPositions = seatPositions
        let rostrumRows = Dictionary(
            (venue.rostrum?.rows ?? []).map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
        self.rostrumRows = rostrumRows
        frontRow = venue.rostrum?.rows.map(\.number).min()
        pinnedSeats = Set(rules.pins.values)
        lateChanges = plan.changes?.policy
        lateExempt = Set(plan.changes?.exempt ?? [])
        vacated = plan.changes?.vacated ?? [:]

        var placements: [Placement] = []
        var placementOf: [String: Int] = [:]
        var occupantAt = [Int?](repeating: nil, count: venue.seats.count)
        placements.reserveCapacity(plan.assignments.count)
        placementOf.reserveCapacity(plan.assignments.count)
        for assignment in plan.assignments {
            guard placementOf[assignment.attendee] == nil, let attendee = attendees[assignment.attendee] else {
                continue
            }
            let place: PlacedSeat
            let position = seatPositions[assignment.seat]
            if let position {
                place = .venue(venue.seats[position])
            } else if let chair = RostrumChairID(assignment.seat), rostrumRows[chair.row] != nil {
                place = .rostrum(chair)
            } else {
                continue
            }
            placementOf[attendee.id] = placements.count
            if let position, occupantAt[position] == nil { occupantAt[position] = placements.count }
            let unitRank = index.unitRank[attendee.id] ?? Int.max
            placements.append(Placement(assignment: assignment, attendee: attendee, place: place, unitRank: unitRank))
        }
        self.placements = placements
        self.placementOf = placementOf
        self.occupantAt = occupantAt
    }

    /// The seat a valid resolved id names, for lookups by seat id.
    func resolve(_ seatID: String) -> PlacedSeat? {
        if let seat = seat(id: seatID) { return .venue(seat) }
        if let chair = RostrumChairID(seatID), rostrumRows[chair.row] != nil { return .rostrum(chair) }
        return nil
    }

    /// The index into `placements` of the first person on the hall or table seat `seatID`.
    func occupant(of seatID: String) -> Int? {
        seatPositions[seatID].flatMap { occupantAt[$0] }
    }

    /// The hall or table seat with the given id.
    func seat(id: String) -> Seat? {
        seatPositions[id].map { venue.seats[$0] }
    }

    /// Person order: precedence ascending, then roster line order.
    func precedes(_ lhs: Attendee, _ rhs: Attendee) -> Bool {
        (lhs.precedence, line[lhs.id] ?? 0) < (rhs.precedence, line[rhs.id] ?? 0)
    }

    /// Whether the attendee is pinned.
    func isPinned(_ attendee: Attendee) -> Bool { rules.pins[attendee.id] != nil }

    /// Exempt in the hall: pinned, seated outside the order by a re-plan, or tagged `accessible`
    /// on a seat of zone `accessible`.
    func isHallExempt(_ placement: Placement) -> Bool {
        if isPinned(placement.attendee) || lateExempt.contains(placement.attendee.id) { return true }
        guard placement.attendee.hasTag(.accessible), let seat = placement.place.seat else { return false }
        return seat.isInAccessibleZone
    }

    /// The area the rules expect the attendee in (G7), or `nil` when the venue has no place for them.
    func expectedArea(for attendee: Attendee) -> SeatArea? {
        if attendee.role == .rostrum, venue.rostrum != nil { return .rostrum }
        if venue.hall != nil { return .hall }
        if venue.tables != nil { return .banquet }
        return nil
    }

    /// The people in each rostrum row (every role), by row number.
    func rostrumHeadCounts() -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for placement in placements {
            if let chair = placement.place.chair { counts[chair.row, default: 0] += 1 }
        }
        return counts
    }
}
