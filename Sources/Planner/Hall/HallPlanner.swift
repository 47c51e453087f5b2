import Optimization
import SeatPlanCore

/// Seats everyone but the rostrum in the hall (docs/protocol.md §2; docs/planning-rules.md "Hall"):
/// per role, units in order packed into the role's fill sequence by ``SequencePacker`` (empty
/// seats left at row ends where that saves a split), each unit's head on its most honoured seat,
/// pins first, people tagged `accessible` on accessible seats near their unit (an assignment
/// program solved with GLPK), keep-together and keep-apart groups respected.
struct HallPlanner {
    let venue: Venue
    let roster: Roster
    let rules: PlanningRules
    let strategy: PackingStrategy

    /// Roles in the order they take their zones: guests at the front first.
    static let roleOrder: [Role] = [.guest, .member, .nonvoting, .press, .staff]

    func plan(_ attendees: [Attendee], pinned: [String: Seat]) throws -> AreaPlan {
        var area = AreaPlan()
        let hall = venue.seats.filter { $0.area == .hall }
        var taken = Set(pinned.values.map(\.id))
        for attendee in attendees {
            if let seat = pinned[attendee.id] {
                area.placed.append(PlacedAttendee(attendee: attendee, seat: .venue(seat)))
            }
        }
        let free = attendees.filter { pinned[$0.id] == nil }
        let accessibleZone = venue.hasAccessibleZone
        let needAccessible = accessibleZone ? free.filter { $0.hasTag(.accessible) } : []
        let accessibleIDs = Set(needAccessible.map(\.id))
        let reserved =
            needAccessible.isEmpty
            ? [] : hall.filter { $0.isInAccessibleZone && $0.isAvailable && !taken.contains($0.id) }
        taken.formUnion(reserved.map(\.id))
        let order = UnitOrder(ordering: rules.unitOrder, roster: roster)

        for role in Self.roleOrder {
            let people = free.filter { $0.role == role && !accessibleIDs.contains($0.id) }
            guard !people.isEmpty else { continue }
            let zones = rules.zones(for: role, in: venue)
            if let zones, zones.isEmpty {
                let wanted = (rules.roleZones[role] ?? []).map { "'\($0)'" }.joined(separator: ", ")
                area.unseated += people.map {
                    UnseatedAttendee(
                        attendee: $0.id,
                        reason:
                            "role \(role.rawValue) sits in zone \(wanted.isEmpty ? "(none)" : wanted), which venue "
                            + "'\(venue.name)' does not define; map the role to a zone in the rules (zones: "
                            + "{\(role.rawValue): [...]})"
                    )
                }
                continue
            }
            let allowed = hall.filter { seat in
                seat.isAvailable && !taken.contains(seat.id)
                    && (zones.map { zones in zones.contains { seat.isIn(zone: $0) } } ?? true)
            }
            let rolePlan = seatRole(role, people: people, allowed: allowed, zones: zones, hall: hall, order: order)
            taken.formUnion(rolePlan.placed.compactMap { if case .venue(let seat) = $0.seat { seat.id } else { nil } })
            area.absorb(rolePlan)
        }
        if !needAccessible.isEmpty {
            area.absorb(try seatAccessible(needAccessible, seats: reserved, placed: area.placed, order: order))
        }
        return area
    }

    /// Packs one role's units into its fill sequence.
    private func seatRole(
        _ role: Role, people: [Attendee], allowed: [Seat], zones: [String]?, hall: [Seat], order: UnitOrder
    ) -> AreaPlan {
        var area = AreaPlan()
        let sequence = FillSequence(
            allowed: allowed, zones: zones, fill: rules.fill, rules: rules.protocolRules, hall: hall)
        var units = order.units(people)
        // More people than seats: the last in order go unseated, with the numbers.
        let capacity = sequence.seats.count
        let total = people.count
        if total > capacity {
            let zoneText = zones.map { $0.map { "'\($0)'" }.joined(separator: " + ") } ?? "the hall"
            area.unseated += Overflow.trim(
                &units, toSeats: capacity,
                reason:
                    "\(total) people have role \(role.rawValue) but zone \(zoneText) has \(capacity) free seats; the "
                    + "last \(total - capacity) in unit order are left without a seat"
            )
        }
        let sizes = units.map(\.count)
        let packer = SequencePacker(segmentLengths: sequence.segmentLengths)
        let packing =
            strategy == .greedy ? packer.greedy(sizes) : packer.pack(sizes, keepWhole: rules.unitBreak == .newRow)
        guard let packing else {
            area.unseated += units.flatMap { $0 }.map {
                UnseatedAttendee(attendee: $0.id, reason: "no seats could be found for role \(role.rawValue)")
            }
            area.status = .infeasible
            return area
        }
        area.splits = packing.splits
        area.objective = packing.objective
        area.bound = packing.objective
        if packing.brokenWholes > 0 {
            area.notes.append(
                "unit_break new_row: \(packing.brokenWholes) \(role.rawValue) units had to wrap to the next row "
                    + "because their zone has only \(capacity - total) spare seats; free more seats in the zone to "
                    + "start every unit on a new row"
            )
        }
        for (unit, start) in zip(units, packing.starts) {
            let seats = Array(sequence.seats[start..<(start + unit.count)])
            area.placed += UnitSeating(rules: rules).seat(unit, on: seats)
        }
        return area
    }
}
