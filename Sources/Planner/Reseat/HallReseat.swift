import SeatPlanCore

/// Re-seats the hall after late changes with the fewest moves (protocol.md §6).
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

    /// Seats `people` (everyone of the hall roles) given who holds which seat now.
    func reseat(_ people: [Attendee], current: [String: String], exempt: Set<String>) -> Outcome {
        var outcome = Outcome(seatOf: [:], exempt: exempt)
        let seatPositions = venue.seatPositions
        func seat(_ id: String) -> Seat? { seatPositions[id].map { venue.seats[$0] } }
        let pinnedSeats = Set(rules.pins.values)
        let hasAccessiblePeople = people.contains { $0.hasTag(.accessible) }
        // Keep valid seats; pins win.
        var seatOf: [String: String] = [:]
        var holders: [String: String] = [:]
        seatOf.reserveCapacity(people.count)
        holders.reserveCapacity(people.count)
        var zonesOf: [Role: [String]?] = [:]
        for role in Role.allCases { zonesOf[role] = rules.zones(for: role, in: venue) }
        for person in people {
            if let pin = rules.pins[person.id], seat(pin)?.area == .hall {
                seatOf[person.id] = pin
                holders[pin] = person.id
            }
        }
        for person in people where seatOf[person.id] == nil {
            guard let seatID = current[person.id], let seat = seat(seatID), seat.area == .hall, seat.isAvailable,
                !pinnedSeats.contains(seatID), holders[seatID] == nil, fits(person, seat, zones: zonesOf[person.role] ?? nil)
            else { continue }
            seatOf[person.id] = seatID
            holders[seatID] = person.id
        }
        let order = UnitOrder(ordering: rules.unitOrder, roster: roster)
        var hallSeats: [Seat]?
        let compacting = rules.lateChanges.auditoriumAbsence == .compactWithinUnit && !rules.lateChanges.frozen
        for role in HallPlanner.roleOrder {
            let members = people.filter { $0.role == role }
            // A role where everyone keeps their seat needs no work (the usual single change).
            guard members.contains(where: { seatOf[$0.id] == nil }) || (compacting && !members.isEmpty) else { continue }
            let memberIDs = Set(members.map(\.id))
            let hall = hallSeats ?? venue.seats.filter { $0.area == .hall }
            hallSeats = hall
            let zones = rules.zones(for: role, in: venue)
            let reserved = hasAccessiblePeople
            let allowed = hall.filter { seat in
                seat.isAvailable && !pinnedSeats.contains(seat.id) && !(reserved && seat.isInAccessibleZone)
                    && (zones.map { zones in zones.contains { seat.isIn(zone: $0) } } ?? true)
                    && holders[seat.id].map { !outcome.exempt.contains($0) && memberIDs.contains($0) } ?? true
            }
            let sequence = FillSequence(allowed: allowed, zones: zones, fill: rules.fill, rules: rules.protocolRules, hall: hall)
            let ordered = members.filter { person in
                !outcome.exempt.contains(person.id) && rules.pins[person.id] == nil
                    && !(person.hasTag(.accessible) && seatOf[person.id].flatMap(seat)?.isInAccessibleZone == true)
            }
            var blocks = RoleBlocks(sequence: sequence, holders: holders, people: ordered, order: order, rules: rules.protocolRules)
            let holdersBefore = blocks.holder
            let waiting = order.people(ordered.filter { seatOf[$0.id] == nil })
            var unplaced: [Attendee] = []
            var touched = Set(waiting.map(\.unit))
            var spans = blocks.spans()
            for person in waiting {
                if let position = blocks.freePosition(for: person.unit, spans: spans) {
                    blocks.holder[position] = person.id
                    spans[person.unit] = spans[person.unit].map { min($0.lowerBound, position)...max($0.upperBound, position) } ?? position...position
                } else {
                    unplaced.append(person)
                }
            }
            if compacting {
                compact(&blocks)
                touched.formUnion(spans.keys)
            }
            if !unplaced.isEmpty {
                if rules.lateChanges.frozen {
                    seatNearest(unplaced, in: &blocks, outcome: &outcome, role: role)
                } else if let moves = repack(ordered, in: &blocks, newcomers: Set(waiting.map(\.id))) {
                    touched.formUnion(ordered.map(\.unit))
                    outcome.notes.append("\(role.rawValue)s re-packed to make room for \(unplaced.count) \(unplaced.count == 1 ? "person" : "people"): \(moves) moved")
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
                let seatID = blocks.seats[position].id
                if let old = seatOf[id], holders[old] == id, old != seatID { holders[old] = nil }
                seatOf[id] = seatID
                holders[seatID] = id
            }
        }
        outcome.seatOf = seatOf
        return outcome
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
                outcome.unseated.append(UnseatedAttendee(attendee: person.id, reason: "no free seat is left for role \(role.rawValue)"))
                continue
            }
            blocks.holder[nearest] = person.id
            outcome.exempt.insert(person.id)
            outcome.notes.append("frozen plan: \(person.name) (\(person.id)) takes the free seat \(blocks.seats[nearest].label), outside unit \(person.unit)'s block")
        }
    }

    private func distance(_ seat: Seat, _ anchor: Seat?) -> Double {
        guard let anchor else { return Double(seat.row ?? 0) }
        let floorPenalty = seat.floor == anchor.floor ? 0.0 : 1_000
        return floorPenalty + ((seat.x - anchor.x) * (seat.x - anchor.x) + (seat.y - anchor.y) * (seat.y - anchor.y)).squareRoot()
    }

    /// Re-packs the role's units with the fewest moves; returns the moves, or `nil` when the
    /// role's people do not fit. Only the units around those without a seat take part: the
    /// window of units grows on both sides until its stretch of the sequence has room for all
    /// its people (and one step more, for choice); everyone outside keeps their seat.
    /// `newcomers` hold a seat only since this re-plan, so moving them is free.
    private func repack(_ people: [Attendee], in blocks: inout RoleBlocks, newcomers: Set<String>) -> Int? {
        let order = UnitOrder(ordering: rules.unitOrder, roster: roster)
        let units = order.units(people)
        guard !units.isEmpty else { return 0 }
        let spans = blocks.spans()
        let unitSpans = units.map { $0.first.flatMap { spans[$0.unit] } }
        let placed = Set(blocks.holder.compactMap { $0 })
        let waitingUnits = units.indices.filter { index in units[index].contains { !placed.contains($0.id) } }
        guard var low = waitingUnits.first, var high = waitingUnits.last else { return 0 }
        func stretch() -> Range<Int> {
            let before = unitSpans[..<low].last { $0 != nil }.flatMap { $0 }.map { $0.upperBound + 1 } ?? 0
            let after = unitSpans[(high + 1)...].first { $0 != nil }.flatMap { $0 }.map(\.lowerBound) ?? blocks.seats.count
            return before..<max(before, after)
        }
        var extra = 1
        while true {
            let size = units[low...high].reduce(0) { $0 + $1.count }
            let fits = stretch().count >= size
            if low == 0, high == units.count - 1 { break }
            if fits {
                if extra == 0 { break }
                extra -= 1
            }
            low = max(0, low - 1)
            high = min(units.count - 1, high + 1)
        }
        let range = stretch()
        let window = Array(units[low...high])
        var oldPosition: [String: Int] = [:]
        for position in range {
            if let id = blocks.holder[position], !newcomers.contains(id) { oldPosition[id] = position - range.lowerBound }
        }
        let packerUnits = window.map { members in
            MoveMinimizingPacker.Unit(
                size: members.count, oldPositions: members.compactMap { oldPosition[$0.id] }.sorted(),
                headPosition: members.first.flatMap { oldPosition[$0.id] })
        }
        let honour = Array(blocks.honour[range])
        let packer = MoveMinimizingPacker(segmentLengths: Self.segments(blocks.segmentLengths, within: range), closed: [], honour: honour)
        guard let packing = packer.pack(packerUnits) else { return nil }
        var holder = Array(repeating: String?.none, count: range.count)
        for (members, block) in zip(window, packing.blocks) {
            // Units come in person order, so the first is the head. In a full block the head
            // takes the most honoured seat, as the packer counted; everyone else keeps theirs.
            let head = members.first
            let headSeat = block.count == members.count ? block.min { honour[$0] < honour[$1] } : nil
            var movers: [Attendee] = []
            for person in members {
                if let position = oldPosition[person.id], block.contains(position), position != headSeat || person.id == head?.id,
                    person.id != head?.id || headSeat == nil || position == headSeat {
                    holder[position] = person.id
                } else {
                    movers.append(person)
                }
            }
            if let head, let headSeat, holder[headSeat] == nil, let index = movers.firstIndex(where: { $0.id == head.id }) {
                holder[headSeat] = head.id
                movers.remove(at: index)
            }
            let free = block.filter { holder[$0] == nil }.sorted { honour[$0] < honour[$1] }
            for (person, position) in zip(movers, free) { holder[position] = person.id }
        }
        blocks.holder.replaceSubrange(range, with: holder)
        return packing.moves
    }

    /// The segment lengths of the part `range` of a sequence cut into `lengths`.
    static func segments(_ lengths: [Int], within range: Range<Int>) -> [Int] {
        var result: [Int] = []
        var start = 0
        for length in lengths {
            let lower = max(start, range.lowerBound)
            let upper = min(start + length, range.upperBound)
            if lower < upper { result.append(upper - lower) }
            start += length
        }
        return result
    }

    /// Puts each unit's most senior person on the unit's most honoured seat (H5), swapping
    /// with whoever sits there; a most honoured seat left empty inside the block is fine (an
    /// absent head's seat stays empty under `leave_empty`).
    private func placeHeads(_ blocks: inout RoleBlocks, people: [Attendee], units: Set<String>) {
        let precedence = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let order = UnitOrder(ordering: rules.unitOrder, roster: roster)
        for (unit, span) in blocks.spans() where units.contains(unit) {
            let positions = span.filter { position in blocks.holder[position].map { blocks.unitOf[$0] == unit } ?? true }
            let seated = positions.compactMap { blocks.holder[$0].flatMap { precedence[$0] } }
            guard let head = order.people(seated).first,
                let headPosition = positions.first(where: { blocks.holder[$0] == head.id })
            else { continue }
            let candidates = HallPrecedence.ordered(positions.map { blocks.seats[$0] }, rules: rules.protocolRules)
            guard let best = candidates.first, let bestPosition = blocks.positionOf[best.id], bestPosition != headPosition,
                let holder = blocks.holder[bestPosition], let other = precedence[holder], other.precedence > head.precedence
            else { continue }
            blocks.holder[bestPosition] = head.id
            blocks.holder[headPosition] = holder
        }
    }
}
