import SeatPlanCore

/// Re-seats the hall after late changes with the fewest moves (docs/protocol.md §6).
///
/// Everyone keeps their seat unless the changes take it away (a blocked seat, a pin, a new
/// role). Then, role by role:
/// 1. people without a seat (late arrivals, substitutes whose seat is gone, the displaced) take
///    an empty seat inside their unit's block, or beside it, which moves nobody;
/// 2. under `compact_within_unit` each unit closes its empty seats by moving the people at the
///    end of its block into them;
/// 3. whoever still has no seat: in a frozen plan they take the nearest free seat (and are
///    exempt from the order rules); otherwise the role is re-packed by
///    ``MoveMinimizingPacker`` with the fewest moves;
/// 4. each touched unit's most senior person is put on its most honoured seat.
struct HallReseat {
    let venue: Venue
    let roster: Roster
    let rules: PlanningRules

    /// The outcome: attendee → hall seat id, and what the change log needs.
    struct Outcome {
        var seatOf: [String: String]
        var exempt: Set<String>
        var unseated: [UnseatedAttendee] = []
        var notes: [String] = []
    }

    /// Who holds which hall seat during the re-plan, looked up both ways.
    struct Holdings {
        /// Attendee id → seat id.
        var seatOf: [String: String] = [:]
        /// Seat id → attendee id.
        var holders: [String: String] = [:]

        /// Puts `id` on `seatID`, freeing the seat they held before.
        mutating func move(_ id: String, to seatID: String) {
            if let old = seatOf[id], holders[old] == id, old != seatID { holders[old] = nil }
            seatOf[id] = seatID
            holders[seatID] = id
        }
    }

    /// What every role's re-plan needs, worked out once.
    struct Setting {
        /// Seat id → position in the venue's seats.
        let seatPositions: [String: Int]
        /// Seats pinned by the rules: nobody else may keep or take them.
        let pinnedSeats: Set<String>
        /// Someone is tagged `accessible`: the `accessible` zone is kept for them.
        let hasAccessiblePeople: Bool
        /// `compact_within_unit` in a plan that is not frozen.
        let compacting: Bool
        /// Unit and person order by the rules (docs/planning-rules.md "Unit key", "Person order").
        let order: UnitOrder
    }

    /// Seats `people` (everyone of the hall roles) given who holds which seat now.
    func reseat(_ people: [Attendee], current: [String: String], exempt: Set<String>) -> Outcome {
        var outcome = Outcome(seatOf: [:], exempt: exempt)
        let setting = Setting(
            seatPositions: venue.seatPositions, pinnedSeats: Set(rules.pins.values),
            hasAccessiblePeople: people.contains { $0.hasTag(.accessible) },
            compacting: rules.lateChanges.auditoriumAbsence == .compactWithinUnit && !rules.lateChanges.frozen,
            order: UnitOrder(ordering: rules.unitOrder, roster: roster))
        var holdings = keptSeats(people, current: current, setting: setting)
        var hallSeats: [Seat]?
        for role in HallPlanner.roleOrder {
            let members = people.filter { $0.role == role }
            // A role where everyone keeps their seat needs no work (the usual single change).
            guard members.contains(where: { holdings.seatOf[$0.id] == nil }) || (setting.compacting && !members.isEmpty)
            else { continue }
            let hall = hallSeats ?? venue.seats.filter { $0.area == .hall }
            hallSeats = hall
            reseatRole(role, members: members, hall: hall, setting: setting, holdings: &holdings, outcome: &outcome)
        }
        outcome.seatOf = holdings.seatOf
        return outcome
    }

    /// Step 0: pins win, then everyone keeps a seat that is still a hall seat, available, not
    /// pinned to someone else, not taken, and in a zone of their role.
    private func keptSeats(_ people: [Attendee], current: [String: String], setting: Setting) -> Holdings {
        func seat(_ id: String) -> Seat? { setting.seatPositions[id].map { venue.seats[$0] } }
        var holdings = Holdings()
        holdings.seatOf.reserveCapacity(people.count)
        holdings.holders.reserveCapacity(people.count)
        var zonesOf: [Role: [String]?] = [:]
        for role in Role.allCases { zonesOf[role] = rules.zones(for: role, in: venue) }
        for person in people {
            if let pin = rules.pins[person.id], seat(pin)?.area == .hall { holdings.move(person.id, to: pin) }
        }
        for person in people where holdings.seatOf[person.id] == nil {
            guard let seatID = current[person.id], let seat = seat(seatID), seat.area == .hall, seat.isAvailable,
                !setting.pinnedSeats.contains(seatID), holdings.holders[seatID] == nil,
                fits(person, seat, zones: zonesOf[person.role] ?? nil)
            else { continue }
            holdings.move(person.id, to: seatID)
        }
        return holdings
    }

    /// Steps 1–4 for one role: seat those without a seat beside their unit, compact, re-pack or
    /// seat the rest nearest, put the heads on their seats, and record who moved where.
    private func reseatRole(
        _ role: Role, members: [Attendee], hall: [Seat], setting: Setting, holdings: inout Holdings,
        outcome: inout Outcome
    ) {
        let ordered = orderedPeople(members, setting: setting, holdings: holdings, exempt: outcome.exempt)
        var blocks = roleBlocks(
            role, members: members, ordered: ordered, hall: hall, setting: setting, holdings: holdings,
            exempt: outcome.exempt)
        let holdersBefore = blocks.holder
        let waiting = setting.order.people(ordered.filter { holdings.seatOf[$0.id] == nil })
        var touched = Set(waiting.map(\.unit))
        let (unplaced, spans) = seatBesideUnits(waiting, in: &blocks)
        if setting.compacting {
            compact(&blocks)
            touched.formUnion(spans.keys)
        }
        if !unplaced.isEmpty {
            if rules.lateChanges.frozen {
                seatNearest(unplaced, in: &blocks, outcome: &outcome, role: role)
            } else if let moves = repack(ordered, in: &blocks, newcomers: Set(waiting.map(\.id))) {
                touched.formUnion(ordered.map(\.unit))
                outcome.notes.append(
                    "\(role.rawValue)s re-packed to make room for \(unplaced.count) "
                        + "\(unplaced.count == 1 ? "person" : "people"): \(moves) moved"
                )
            } else {
                outcome.unseated += unplaced.map {
                    UnseatedAttendee(attendee: $0.id, reason: "no free seat is left for role \(role.rawValue)")
                }
            }
        }
        placeHeads(&blocks, people: ordered, units: touched)
        // Write back the positions whose holder changed (most did not).
        for (position, id) in blocks.holder.enumerated() where id != holdersBefore[position] {
            guard let id else { continue }
            holdings.move(id, to: blocks.seats[position].id)
        }
    }

    /// The role's people the order rules apply to: not exempt, not pinned, and not an
    /// accessible person on an accessible seat.
    private func orderedPeople(_ members: [Attendee], setting: Setting, holdings: Holdings, exempt: Set<String>)
        -> [Attendee]
    {
        members.filter { person in
            !exempt.contains(person.id) && rules.pins[person.id] == nil
                && !(person.hasTag(.accessible)
                    && holdings.seatOf[person.id].flatMap { setting.seatPositions[$0] }.map {
                        venue.seats[$0].isInAccessibleZone
                    } == true)
        }
    }

    /// The role's fill sequence and who holds its seats: available hall seats of the role's
    /// zones, without pinned seats, the reserved accessible zone, and seats held by exempt people
    /// or by people of other roles.
    private func roleBlocks(
        _ role: Role, members: [Attendee], ordered: [Attendee], hall: [Seat], setting: Setting, holdings: Holdings,
        exempt: Set<String>
    ) -> RoleBlocks {
        let memberIDs = Set(members.map(\.id))
        let zones = rules.zones(for: role, in: venue)
        let allowed = hall.filter { seat in
            seat.isAvailable && !setting.pinnedSeats.contains(seat.id)
                && !(setting.hasAccessiblePeople && seat.isInAccessibleZone)
                && (zones.map { zones in zones.contains { seat.isIn(zone: $0) } } ?? true)
                && holdings.holders[seat.id].map { !exempt.contains($0) && memberIDs.contains($0) } ?? true
        }
        let sequence = FillSequence(
            allowed: allowed, zones: zones, fill: rules.fill, rules: rules.protocolRules, hall: hall)
        return RoleBlocks(
            sequence: sequence, holders: holdings.holders, people: ordered, order: setting.order,
            rules: rules.protocolRules)
    }

    /// Step 1: each person without a seat, in person order, takes a free seat inside or beside
    /// their unit's block (which moves nobody). Returns those who found none, and the blocks' spans.
    private func seatBesideUnits(_ waiting: [Attendee], in blocks: inout RoleBlocks) -> (
        unplaced: [Attendee], spans: [String: ClosedRange<Int>]
    ) {
        var unplaced: [Attendee] = []
        var spans = blocks.spans()
        for person in waiting {
            guard let position = blocks.freePosition(for: person.unit, spans: spans) else {
                unplaced.append(person)
                continue
            }
            blocks.holder[position] = person.id
            spans[person.unit] =
                spans[person.unit].map { min($0.lowerBound, position)...max($0.upperBound, position) }
                ?? position...position
        }
        return (unplaced, spans)
    }

    /// Whether `person` may keep `seat`: it is in one of their role's `zones` (`nil`: the venue has none).
    private func fits(_ person: Attendee, _ seat: Seat, zones: [String]?) -> Bool {
        guard let zones else { return true }
        return zones.contains { seat.isIn(zone: $0) } || (person.hasTag(.accessible) && seat.isInAccessibleZone)
    }

    /// `compact_within_unit`: the people at the end of each block move into its empty seats.
    private func compact(_ blocks: inout RoleBlocks) {
        for (_, span) in blocks.spans() {
            var holes = span.filter { blocks.holder[$0] == nil }
            var end = span.upperBound
            while let hole = holes.first, hole < end {
                guard let id = blocks.holder[end] else {
                    end -= 1
                    continue
                }
                blocks.holder[hole] = id
                blocks.holder[end] = nil
                holes.removeFirst()
                end -= 1
            }
        }
    }

    /// Frozen plan: late arrivals with no seat beside their unit take the free seat nearest to
    /// it and are exempt from the order rules.
    private func seatNearest(_ people: [Attendee], in blocks: inout RoleBlocks, outcome: inout Outcome, role: Role) {
        for person in people {
            let spans = blocks.spans()
            let anchor = spans[person.unit].map { blocks.seats[$0.lowerBound] }
            let free = blocks.holder.indices.filter { blocks.holder[$0] == nil }
            let nearest = free.min { lhs, rhs in
                distance(blocks.seats[lhs], anchor) < distance(blocks.seats[rhs], anchor)
            }
            guard let nearest else {
                outcome.unseated.append(
                    UnseatedAttendee(attendee: person.id, reason: "no free seat is left for role \(role.rawValue)"))
                continue
            }
            blocks.holder[nearest] = person.id
            outcome.exempt.insert(person.id)
            outcome.notes.append(
                "frozen plan: \(person.name) (\(person.id)) takes the free seat \(blocks.seats[nearest].label), "
                    + "outside unit \(person.unit)'s block"
            )
        }
    }

    private func distance(_ seat: Seat, _ anchor: Seat?) -> Double {
        guard let anchor else { return Double(seat.row ?? 0) }
        let floorPenalty = seat.floor == anchor.floor ? 0.0 : 1_000
        return floorPenalty
            + ((seat.x - anchor.x) * (seat.x - anchor.x) + (seat.y - anchor.y) * (seat.y - anchor.y)).squareRoot()
    }

    /// Puts each unit's most senior person on the unit's most honoured seat (H5), swapping
    /// with whoever sits there; a most honoured seat left empty inside the block is fine (an
    /// absent head's seat stays empty under `leave_empty`).
    private func placeHeads(_ blocks: inout RoleBlocks, people: [Attendee], units: Set<String>) {
        let precedence = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let order = UnitOrder(ordering: rules.unitOrder, roster: roster)
        for (unit, span) in blocks.spans() where units.contains(unit) {
            let positions = span.filter { position in blocks.holder[position].map { blocks.unitOf[$0] == unit } ?? true
            }
            let seated = positions.compactMap { blocks.holder[$0].flatMap { precedence[$0] } }
            guard let head = order.people(seated).first,
                let headPosition = positions.first(where: { blocks.holder[$0] == head.id })
            else { continue }
            let candidates = HallPrecedence.ordered(positions.map { blocks.seats[$0] }, rules: rules.protocolRules)
            guard let best = candidates.first, let bestPosition = blocks.positionOf[best.id],
                bestPosition != headPosition,
                let holder = blocks.holder[bestPosition], let other = precedence[holder],
                other.precedence > head.precedence
            else { continue }
            blocks.holder[bestPosition] = head.id
            blocks.holder[headPosition] = holder
        }
    }
}
