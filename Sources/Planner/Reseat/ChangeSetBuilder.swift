import SeatPlanCore

/// Walks a list of changes in order, keeping the attendees as they stand after each one and
/// collecting every problem; ``ChangeSet`` turns the result into its outcome.
struct ChangeSetBuilder {
    /// How someone left the meeting in these changes.
    enum Departure {
        case cancelled(ChangeSource)
        case replaced(by: String, ChangeSource)
    }

    let plan: SeatPlan
    let seats: VenueSeats
    /// Everyone before the changes, by id.
    let original: [String: Attendee]
    /// Unseated ids of the plan that no roster describes.
    let undescribed: Set<String>
    /// Pins of the rules file: seat → attendee.
    let rulePinOwners: [String: String]

    /// Ids in roster order; a substitute takes the absent person's place.
    var order: [String]
    /// The attendees present after the changes so far, by id.
    var people: [String: Attendee]
    var departures: [String: Departure] = [:]
    /// Ids added or sent as substitutes by these changes.
    var introduced: [String: ChangeSource] = [:]
    /// What these changes already do to someone (a pin, a role change), for cancel and substitute.
    var commitments: [String: String] = [:]
    var blocked: [String: ChangeSource] = [:]
    var pins: [String: (seat: String, operation: ChangeOperation)] = [:]
    var pinOwners: [String: (attendee: String, source: ChangeSource)] = [:]
    var roleChanges: [String: (change: RoleChange, source: ChangeSource)] = [:]
    var cancelled: [String] = []
    var added: [String] = []
    var substitutions: [String: String] = [:]
    var problems: [ChangeProblem] = []

    init(plan: SeatPlan, venue: Venue, roster: Roster, rulePins: [String: String]) {
        let current = PlanRoster(plan: plan, roster: roster)
        self.plan = plan
        seats = VenueSeats(venue)
        original = Dictionary(current.attendees.map { ($0.id, $0) }) { first, _ in first }
        undescribed = Set(current.undescribed)
        rulePinOwners = Dictionary(rulePins.map { ($0.value, $0.key) }) { first, _ in first }
        order = current.attendees.map(\.id)
        people = original
    }

    mutating func apply(_ operation: ChangeOperation) {
        var found: [String] = []
        switch operation {
        case .cancel(let id, _):
            guard present(id, for: operation, into: &found) else { break }
            found += stillFree(id, verb: "cancelled")
        case .add(let attendee, _):
            found += newID(attendee.id)
        case .substitute(let id, let substitute, _):
            if present(id, for: operation, into: &found) { found += stillFree(id, verb: "replaced") }
            found += newID(substitute.id)
        case .blockSeat(let seat, _):
            found += seatProblems(seat, toBlock: true)
        case .pin(let id, let seat, _):
            _ = present(id, for: operation, into: &found)
            found += seatProblems(seat, toBlock: false)
            found += pinProblems(id, seat: seat)
        case .setRole(let id, let role, _, _):
            guard present(id, for: operation, into: &found), let person = people[id] else { break }
            if let earlier = roleChanges[id] {
                found.append(
                    "the role of '\(id)' is already changed at \(earlier.source); keep one set_role per person")
            } else if person.role == role {
                found.append("'\(id)' already has the role \(role.rawValue); nothing to change")
            }
        }
        if found.isEmpty {
            record(operation)
        } else {
            problems += found.map { ChangeProblem(operation, $0) }
        }
    }

    /// Applies a change already checked.
    private mutating func record(_ operation: ChangeOperation) {
        let source = operation.source
        switch operation {
        case .cancel(let id, _):
            people[id] = nil
            departures[id] = .cancelled(source)
            cancelled.append(id)
        case .add(let attendee, _):
            people[attendee.id] = attendee
            order.append(attendee.id)
            introduced[attendee.id] = source
            added.append(attendee.id)
        case .substitute(let id, let substitute, _):
            guard let absent = people[id] else { return }
            people[id] = nil
            people[substitute.id] = Attendee(
                id: substitute.id, name: substitute.name, unit: absent.unit, unitOrder: absent.unitOrder,
                precedence: substitute.precedence ?? absent.precedence, role: absent.role,
                title: substitute.title ?? "", tags: absent.tags)
            if let index = order.firstIndex(of: id) { order[index] = substitute.id }
            departures[id] = .replaced(by: substitute.id, source)
            introduced[substitute.id] = source
            substitutions[id] = substitute.id
        case .blockSeat(let seat, _):
            blocked[seat] = source
        case .pin(let id, let seat, _):
            pins[id] = (seat, operation)
            pinOwners[seat] = (id, source)
            commitments[id] = "is pinned to \(seat) at \(source)"
        case .setRole(let id, let role, let precedence, _):
            guard var person = people[id] else { return }
            roleChanges[id] = (
                RoleChange(from: person.role, to: role, previousPrecedence: person.precedence, precedence: precedence),
                source
            )
            person.role = role
            if let precedence { person.precedence = precedence }
            people[id] = person
            commitments[id] = "has a new role at \(source)"
        }
    }

    /// Whether `id` is present now; if not, says why in `found`.
    private func present(_ id: String, for operation: ChangeOperation, into found: inout [String]) -> Bool {
        if people[id] != nil { return true }
        switch departures[id] {
        case .cancelled(let source):
            if case .cancel = operation {
                found.append("'\(id)' is already cancelled at \(source)")
            } else {
                found.append("'\(id)' is cancelled at \(source)")
            }
        case .replaced(let substitute, let source):
            found.append("'\(id)' is replaced by '\(substitute)' at \(source); refer to '\(substitute)' instead")
        case nil where undescribed.contains(id):
            found.append(
                "'\(id)' is unseated in the plan and not in the roster, so nothing is known about them; give the roster"
            )
        case nil:
            let known = Array(original.keys) + Array(introduced.keys)
            let hint = SpellingSuggestion.closest(to: id, among: known).map { "; did you mean '\($0)'?" } ?? ""
            found.append("no attendee '\(id)' in the plan\(hint)")
        }
        return false
    }

    /// Problems with cancelling or replacing someone these changes already act on.
    private func stillFree(_ id: String, verb: String) -> [String] {
        if let source = introduced[id] {
            return ["'\(id)' only comes in by the change at \(source); change or remove that line instead"]
        }
        if let commitment = commitments[id] {
            return ["'\(id)' \(commitment) in these same changes, so cannot also be \(verb)"]
        }
        return []
    }

    /// Problems with an id that must be new.
    private func newID(_ id: String) -> [String] {
        if let source = introduced[id] { return ["'\(id)' is already added at \(source)"] }
        if let person = original[id] { return ["there is already an attendee '\(id)' (\(person.name)); use a new id"] }
        if undescribed.contains(id) {
            return ["there is already an attendee '\(id)' (unseated in the plan); use a new id"]
        }
        return []
    }

    private func seatProblems(_ seat: String, toBlock: Bool) -> [String] {
        if let problem = seats.problem(with: seat) { return [problem] }
        var found: [String] = []
        if toBlock, let source = blocked[seat] { found.append("seat \(seat) is already blocked at \(source)") }
        if toBlock, let owner = rulePinOwners[seat], people[owner] != nil {
            found.append("seat \(seat) is pinned to '\(owner)' in the rules; change the rules first")
        }
        if !toBlock, let reason = seats.unavailableReason(seat) {
            found.append("seat \(seat) cannot be used (\(reason))")
        }
        return found
    }

    private func pinProblems(_ id: String, seat: String) -> [String] {
        var found: [String] = []
        if let earlier = pins[id] {
            found.append("'\(id)' is already pinned to \(earlier.seat) at \(earlier.operation.source)")
        }
        if let owner = pinOwners[seat], owner.attendee != id {
            found.append("seat \(seat) is already pinned to '\(owner.attendee)' at \(owner.source)")
        }
        if let owner = rulePinOwners[seat], owner != id, people[owner] != nil {
            found.append("seat \(seat) is pinned to '\(owner)' in the rules")
        }
        return found
    }

    /// A pin may not use a seat blocked anywhere in these changes, before or after it.
    mutating func checkPinnedSeatsAreOpen() {
        for (_, pin) in pins.sorted(by: { $0.value.operation.source.position < $1.value.operation.source.position }) {
            if let source = blocked[pin.seat] {
                problems.append(ChangeProblem(pin.operation, "seat \(pin.seat) is blocked at \(source)"))
            }
        }
    }

    /// Substitute → the absent person's hall or table seat, where §6 lets them take it over.
    func substituteSeats() -> [String: String] {
        guard !substitutions.isEmpty else { return [:] }
        var result: [String: String] = [:]
        for (absent, substitute) in substitutions {
            guard let assignment = plan.assignments.first(where: { $0.attendee == absent }),
                assignment.area != .rostrum, pins[substitute] == nil,
                blocked[assignment.seat] == nil, pinOwners[assignment.seat] == nil
            else { continue }
            if let owner = rulePinOwners[assignment.seat], owner != absent, people[owner] != nil { continue }
            result[substitute] = assignment.seat
        }
        return result
    }
}
