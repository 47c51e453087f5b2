import SeatPlanCore

/// The seat notices a pushed plan version queues, worked out from the plan, the meeting's units
/// and the units' current rosters: the same rule on every backend.
///
/// One message per unit with people in the plan (seated, or unseated and known from the unit's
/// roster); for a plan made by late changes only the units it changed (moved, seated, unseated,
/// reprinted): a late change for one leader must not send 700 units a message.
package struct SeatNoticeBatch: Sendable {
    /// A meeting's unit as the batch needs it.
    package struct Unit: Sendable {
        /// The unit's id in the store.
        package let id: Int64
        /// The unit's name, as plans and rosters name it.
        package let name: String

        /// A unit with its id and name.
        package init(id: Int64, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// An attendee known from a unit's current roster.
    package struct RosterPerson: Sendable {
        /// The name on the roster.
        package let name: String
        /// The unit whose roster lists them.
        package let unit: String

        /// A person with their name and unit.
        package init(name: String, unit: String) {
            self.name = name
            self.unit = unit
        }
    }

    /// One unit's seat notice, keyed so that queueing it twice queues it once.
    package struct Message: Sendable {
        /// The unit it is for.
        package let unitID: Int64
        /// `seat-notice:<plan version>:<unit>`.
        package let dedupeKey: String
        /// The notice's text: the unit's seats and unseated people.
        package let payload: String
    }

    /// The messages in the units' order.
    package let messages: [Message]
    /// Units the plan names that are not units of the meeting (they get no notice), sorted.
    package let unknownUnits: [String]

    /// The batch for `plan`, stored as `planVersion` (its number `version`) of the meeting
    /// called `meetingName`, whose units are `units` in official order.
    package init(
        plan: SeatPlan, meetingName: String, version: Int, planVersion: PlanVersionID, units: [Unit],
        roster: [String: RosterPerson]
    ) {
        let known = Set(units.map(\.name))
        var seatsByUnit: [String: [SeatAssignment]] = [:]
        for seat in plan.assignments { seatsByUnit[seat.unit, default: []].append(seat) }
        var unseatedByUnit: [String: [(name: String, reason: String)]] = [:]
        for person in plan.unseated {
            guard let listed = roster[person.attendee] else { continue }
            unseatedByUnit[listed.unit, default: []].append((listed.name, person.reason))
        }
        let affected = Self.affectedUnits(plan, roster: roster)
        var messages: [Message] = []
        for unit in units {
            let seats = (seatsByUnit[unit.name] ?? []).sorted {
                ($0.precedence, $0.attendee) < ($1.precedence, $1.attendee)
            }
            let unseated = unseatedByUnit[unit.name] ?? []
            guard !seats.isEmpty || !unseated.isEmpty, affected?.contains(unit.name) ?? true else { continue }
            messages.append(
                Message(
                    unitID: unit.id, dedupeKey: "\(NoticeKind.seatNotice):\(planVersion.rawValue):\(unit.id)",
                    payload: NoticeText.seatNotice(
                        meeting: meetingName, unit: unit.name, planVersion: version, seats: seats,
                        unseated: unseated)))
        }
        self.messages = messages
        unknownUnits = seatsByUnit.keys.filter { !known.contains($0) }.sorted()
    }

    /// The inbox notice's title for plan version `version`.
    package static func inboxTitle(version: Int) -> String { "座位通知（第\(version)版）" }

    /// The inbox notice's text for plan version `version` of `meetingName`.
    package static func inboxBody(meetingName: String, version: Int) -> String {
        "《\(meetingName)》第\(version)版座位安排：贵单位参会人员的座位见下，可打印座位通知。"
    }

    /// For a plan made by late changes, the units whose people it changed; `nil` for a plan made
    /// from scratch (every unit is told).
    private static func affectedUnits(_ plan: SeatPlan, roster: [String: RosterPerson]) -> Set<String>? {
        guard let changes = plan.changes else { return nil }
        let people = Set(
            changes.moved.map(\.attendee) + changes.seated.map(\.attendee) + changes.unseated.map(\.attendee)
                + changes.cardsToReprint)
        var units = Set(plan.assignments.filter { people.contains($0.attendee) }.map(\.unit))
        for person in people { if let listed = roster[person] { units.insert(listed.unit) } }
        return units
    }
}
