import Optimization
import PlanCheck
import SeatPlanCore

/// Re-plans a seated meeting after late changes (protocol.md §6) with the fewest moves, and
/// says who moves where, who is newly seated, who lost their seat and which cards to reprint.
///
/// ```swift
/// let changes = try ChangesFile.read(contentsOf: changesURL)
/// let result = try Reseater(venue: venue, rules: rules).reseat(plan, changes: changes)
/// for move in result.plan.changes?.moved ?? [] { print(move.name, move.fromLabel, "→", move.toLabel) }
/// ```
///
/// The old plan is a value and is never modified. The policies come from
/// ``PlanningRules/lateChanges``; blocked seats and pins from earlier re-plans of the same plan
/// stay in force.
public struct Reseater: Sendable {
    /// A re-plan: the new plan (with its ``SeatPlan/changes``) and the roster after the changes,
    /// which is what `seatplan check` needs for it.
    public struct ReseatResult: Sendable {
        /// The new plan.
        public let plan: SeatPlan
        /// The attendees after the changes.
        public let roster: Roster
    }

    /// The venue the plan was made for.
    public let venue: Venue
    /// The rules the plan was made with, including the late-change policies.
    public let rules: PlanningRules

    /// Creates a re-planner.
    public init(venue: Venue, rules: PlanningRules = PlanningRules()) {
        self.venue = venue
        self.rules = rules
    }

    /// The plan after `changes`, and the roster it seats.
    ///
    /// - Parameters:
    ///   - roster: the meeting's roster when at hand; otherwise the people are rebuilt from the plan.
    /// - Throws: ``ChangeSetError`` when any change is wrong (nothing is applied), or
    ///   ``PlanningError`` when the new roster cannot be planned at all.
    public func reseat(_ plan: SeatPlan, changes operations: [ChangeOperation], roster: Roster? = nil, options: SolveOptions = SolveOptions()) throws -> ReseatResult {
        let clock = ContinuousClock()
        let start = clock.now
        try Self.checkPlanFits(plan, venue: venue)
        let standing = plan.changes
        let startingRoster = roster ?? Roster(attendees: [], source: "PLAN", encoding: .utf8)
        let standingRules = rules.addingPins(standing?.pins ?? [:])
        let changeSet = try ChangeSet(
            operations, plan: plan, venue: venue.blocking(standing?.blocked ?? []), roster: startingRoster,
            rulePins: standingRules.pins)
        let blocked = Set(standing?.blocked ?? []).union(changeSet.blockedSeats)
        let effectiveVenue = venue.blocking(blocked)
        var effectiveRules = standingRules.addingPins(changeSet.pins)
        let newRoster = changeSet.roster
        // The checker indexes the venue and the new roster on another thread meanwhile.
        let checker = BackgroundWork { [venue, rules] in PlanChecker(venue: venue, roster: newRoster, rules: rules).indexed() }
        let present = Set(newRoster.attendees.map(\.id))
        effectiveRules.pins = effectiveRules.pins.filter { present.contains($0.key) }

        var placed: [SeatAssignment] = []
        var unseated: [UnseatedAttendee] = []
        var notes: [String] = []
        // Rostrum.
        let before = AssignmentIndex(plan.assignments)
        let leaders = newRoster.attendees.filter { $0.role == .rostrum }
        if let rostrum = effectiveVenue.rostrum {
            let oldLeaders = plan.assignments.filter { $0.area == .rostrum }
            let unchanged = Set(oldLeaders.map(\.attendee)) == Set(leaders.map(\.id))
                && leaders.allSatisfy { before[$0.id]?.precedence == $0.precedence }
                && effectiveRules.pins.filter { leaders.map(\.id).contains($0.key) } == rules.pins.filter { leaders.map(\.id).contains($0.key) }
            if unchanged {
                placed += leaders.compactMap { leader in before[leader.id].map { Self.refreshed($0, for: leader) } }
            } else {
                let area = try RostrumReseat(rostrum: rostrum, rules: effectiveRules).reseat(leaders, before: oldLeaders, roster: newRoster, options: options)
                placed += area.placed.map(MeetingPlanner.assignment)
                unseated += area.unseated
            }
        } else {
            unseated += leaders.map { UnseatedAttendee(attendee: $0.id, reason: "venue '\(venue.name)' has no rostrum") }
        }

        // Hall (or tables).
        let others = newRoster.attendees.filter { $0.role != .rostrum || effectiveVenue.rostrum == nil }
        var exempt = Set((standing?.exempt ?? []).filter { id in present.contains(id) })
        var vacated: [String: String] = [:]
        if effectiveVenue.hall != nil {
            var current: [String: String] = [:]
            for person in others { if let seat = before[person.id]?.seat { current[person.id] = seat } }
            for (substitute, seat) in changeSet.substituteSeats {
                current[substitute] = seat
                exempt.insert(substitute)
            }
            let outcome = HallReseat(venue: effectiveVenue, roster: newRoster, rules: effectiveRules)
                .reseat(others.filter { $0.role != .rostrum }, current: current, exempt: exempt)
            // Most people keep their seat: reuse their assignment; look up seats only for the rest.
            for person in others {
                guard let seatID = outcome.seatOf[person.id] else { continue }
                if let old = before[person.id], old.seat == seatID {
                    placed.append(Self.refreshed(old, for: person))
                    continue
                }
                guard let seat = effectiveVenue.seat(id: seatID) else { continue }
                placed.append(MeetingPlanner.assignment(PlacedAttendee(attendee: person, seat: .venue(seat))))
            }
            exempt = outcome.exempt.filter { id in outcome.seatOf[id] != nil }
            if rules.lateChanges.auditoriumAbsence == .leaveEmpty || rules.lateChanges.frozen {
                vacated = Self.vacatedSeats(before: plan, standing: standing, now: outcome.seatOf, blocked: blocked)
            }
            unseated += outcome.unseated
            notes += outcome.notes
        } else {
            // Tables: plan the tables afresh; the moves are counted all the same.
            let fresh = try MeetingPlanner(venue: effectiveVenue, rules: effectiveRules).plan(newRoster, meeting: plan.meeting, options: options)
            placed += fresh.assignments.filter { $0.area != .rostrum }
            unseated += fresh.unseated.filter { id in !placed.contains { $0.attendee == id.attendee } && !unseated.contains { $0.attendee == id.attendee } }
            notes.append("banquet tables are planned afresh after late changes")
        }
        let seatedIDs = Set(placed.map(\.attendee))
        let listed = Set(unseated.map(\.attendee))
        for person in newRoster.attendees where !seatedIDs.contains(person.id) && !listed.contains(person.id) {
            let reason = plan.unseated.first { $0.attendee == person.id }?.reason ?? "no seat is left for role \(person.role.rawValue)"
            unseated.append(UnseatedAttendee(attendee: person.id, reason: reason))
        }

        var new = SeatPlan(
            venue: plan.venue, convention: plan.convention, meeting: plan.meeting,
            assignments: Self.sorted(placed), unseated: unseated, quality: plan.quality)
        new.notes = notes.isEmpty ? nil : notes
        // The standing facts first: the checker reads them. The change log does not affect the
        // check.
        new.changes = PlanChanges(
            policy: rules.lateChanges, vacated: vacated, blocked: blocked.sorted(),
            pins: effectiveRules.pins.filter { rules.pins[$0.key] != $0.value }, exempt: exempt.sorted())
        let checked = new
        // The change log on another thread while the check runs its rule families in parallel
        // (parallel work nested inside parallel work would run one piece at a time).
        let changeLog = BackgroundWork { [self, effectiveRules] in
            let after = AssignmentIndex(checked.assignments)
            let log = PlanChangeLog(before: before, after: after, reasons: Self.reasons(changeSet, before: before, roster: newRoster))
            return (log, lowerBound(plan: plan, new: after, changeSet: changeSet, rules: effectiveRules, log: log))
        }
        let report = checker.value.check(checked)
        let (log, bound) = changeLog.value
        var record = checked.changes ?? PlanChanges(policy: rules.lateChanges)
        record.record(log, bound: bound)
        new.changes = record
        new.quality.protocolViolations = report.violations.count
        new.quality.unitSplits = report.unitSplits
        new.quality.objective = record.moveCost
        new.quality.bound = record.moveBound
        new.quality.gap = record.moveCost > 0 ? (record.moveCost - record.moveBound) / record.moveCost : 0
        new.quality.status = record.status
        let elapsed = (clock.now - start).components
        new.quality.solveMilliseconds = Int(elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000)
        return ReseatResult(plan: new, roster: newRoster)
    }

    /// The least weighted cost any protocol-correct re-plan must pay: rostrum moves (the §1
    /// arrangement of the new rostrum is unique) and everyone whose seat the changes take away.
    /// A re-packing's optimum is not added: it is exact among block layouts only, and a plan
    /// outside them (a shifted block around an absentee's empty seat) may move fewer people.
    private func lowerBound(plan: SeatPlan, new newSeat: AssignmentIndex, changeSet: ChangeSet, rules: PlanningRules, log: PlanChangeLog) -> Double {
        let rostrumMoves = log.moved.filter { newSeat[$0.attendee]?.area == .rostrum || $0.from.hasPrefix("rostrum-") }.count
        let pinnedSeats = Dictionary(rules.pins.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        // A forced move to a role whose zones have no seat on the person's floor changes floors.
        var floorsOf: [Role: Set<Int>] = [:]
        func floors(for role: Role) -> Set<Int> {
            if let known = floorsOf[role] { return known }
            let zones = rules.zones(for: role, in: venue)
            let floors = Set(venue.seats.filter { seat in
                seat.area == .hall && (zones.map { zones in zones.contains { seat.isIn(zone: $0) } } ?? true)
            }.compactMap(\.floor))
            floorsOf[role] = floors
            return floors
        }
        var forced = 0.0
        for old in plan.assignments where old.area != .rostrum {
            guard let now = newSeat[old.attendee], now.area != .rostrum, now.seat != old.seat else { continue }
            let lostSeat = changeSet.blockedSeats.contains(old.seat)
                || (pinnedSeats[old.seat].map { $0 != old.attendee } ?? false)
                || rules.pins[old.attendee].map { $0 != old.seat } ?? false
                || changeSet.roleChanges[old.attendee] != nil
            guard lostSeat else { continue }
            // A pinned person's new seat is fixed, and so is the weight of their move.
            if rules.pins[old.attendee] == now.seat {
                forced += PlanChangeLog.weight(from: old, to: now)
                continue
            }
            let role = now.role ?? .member
            forced += old.floor.map { floors(for: role).contains($0) } ?? true ? 1 : PlanChangeLog.floorWeight
        }
        return Double(rostrumMoves) * PlanChangeLog.rostrumWeight + forced
    }

    /// A plan made for another venue (or edited by hand) names seats this venue lacks.
    private static func checkPlanFits(_ plan: SeatPlan, venue: Venue) throws(PlanningError) {
        guard plan.venue == venue.name else {
            throw PlanningError(["the plan was made for venue '\(plan.venue)', not '\(venue.name)' (\(venue.source)); give the venue file the plan was made for"])
        }
        let rows = Set(venue.rostrum?.rows.map(\.number) ?? [])
        let seatPositions = venue.seatPositions
        let missing = plan.assignments.filter { assignment in
            if seatPositions[assignment.seat] != nil { return false }
            guard let chair = RostrumChairID(assignment.seat) else { return true }
            return !rows.contains(chair.row)
        }
        guard missing.isEmpty else {
            let examples = missing.prefix(5).map { "\($0.seat) (\($0.attendee))" }.joined(separator: ", ")
            throw PlanningError(["the plan (venue '\(plan.venue)') names \(missing.count) seat\(missing.count == 1 ? "" : "s") that venue '\(venue.name)' does not have: \(examples)\(missing.count > 5 ? ", …" : ""); re-plan with the venue the plan was made for"])
        }
    }

    /// Hall seats left empty by people who are gone or moved away, with their unit, and those
    /// left empty by earlier re-plans that are still empty (`leave_empty`).
    private static func vacatedSeats(before plan: SeatPlan, standing: PlanChanges?, now seatOf: [String: String], blocked: Set<String>) -> [String: String] {
        let taken = Set(seatOf.values)
        var vacated = (standing?.vacated ?? [:]).filter { !taken.contains($0.key) && !blocked.contains($0.key) }
        for old in plan.assignments where old.area == .hall && !taken.contains(old.seat) && !blocked.contains(old.seat) {
            vacated[old.seat] = old.unit
        }
        return vacated
    }

    /// Why each person was seated or unseated, for the change log.
    private static func reasons(_ changeSet: ChangeSet, before: AssignmentIndex, roster: Roster) -> [String: String] {
        var reasons: [String: String] = [:]
        for id in changeSet.cancelled { reasons[id] = "cancelled" }
        for id in changeSet.added { reasons[id] = "added" }
        guard !changeSet.substitutions.isEmpty else { return reasons }
        let involved = Set(changeSet.substitutions.flatMap { [$0.key, $0.value] })
        var names: [String: String] = [:]
        for person in roster.attendees where involved.contains(person.id) { names[person.id] = person.name }
        for id in involved { if let name = before[id]?.name { names[id] = name } }
        for (absent, substitute) in changeSet.substitutions {
            reasons[absent] = "replaced by \(names[substitute] ?? substitute) (\(substitute))"
            reasons[substitute] = "substitute for \(names[absent] ?? absent) (\(absent))"
        }
        return reasons
    }

    /// An old assignment with the person's current name, title and rank.
    private static func refreshed(_ assignment: SeatAssignment, for person: Attendee) -> SeatAssignment {
        // Nearly everyone is unchanged: keep their assignment as it is (no copy).
        let title = person.title.isEmpty ? nil : person.title
        let tags = person.tags.isEmpty ? nil : person.tags
        if assignment.name == person.name, assignment.unit == person.unit, assignment.precedence == person.precedence,
            assignment.title == title, assignment.role == person.role, assignment.unitOrder == person.unitOrder,
            assignment.tags == tags {
            return assignment
        }
        var assignment = assignment
        assignment.name = person.name
        assignment.unit = person.unit
        assignment.precedence = person.precedence
        assignment.title = title
        assignment.role = person.role
        assignment.unitOrder = person.unitOrder
        assignment.tags = tags
        return assignment
    }

    /// Rostrum, then hall, then tables; by precedence within each, as ``MeetingPlanner`` writes plans.
    private static func sorted(_ assignments: [SeatAssignment]) -> [SeatAssignment] {
        let areaOrder: [SeatArea: Int] = [.rostrum: 0, .hall: 1, .banquet: 2]
        return assignments.sorted { lhs, rhs in
            ((areaOrder[lhs.area] ?? 3), lhs.precedence, lhs.attendee) < ((areaOrder[rhs.area] ?? 3), rhs.precedence, rhs.attendee)
        }
    }
}
