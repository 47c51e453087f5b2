/// PLAN.json written by hand for speed (a 5,300-seat plan in a few milliseconds, where
/// `JSONEncoder` takes tens): the same keys as the `Codable` conformances, sorted, with absent
/// optionals left out as `encodeIfPresent` does, except the assignment fields written as `null`.
extension SeatPlan {
    func writeJSON(to json: inout JSONText) {
        json.beginObject()
        json.key("assignments")
        json.beginArray()
        json.elements(assignments) { assignment, json in assignment.writeJSON(to: &json) }
        json.endArray()
        if let changes {
            json.key("changes")
            changes.writeJSON(to: &json)
        }
        json.member("convention", convention)
        if let meeting {
            json.member("meeting", meeting)
        }
        if let notes {
            json.member("notes", notes)
        }
        json.key("quality")
        quality.writeJSON(to: &json)
        json.member("schema", schema)
        json.key("unseated")
        json.beginArray()
        for entry in unseated {
            json.beginObject()
            json.member("attendee", entry.attendee)
            json.member("reason", entry.reason)
            json.endObject()
        }
        json.endArray()
        json.member("venue", venue)
        json.endObject()
    }
}

extension SeatAssignment {
    func writeJSON(to json: inout JSONText) {
        json.beginObject()
        json.member("area", area.rawValue)
        json.member("attendee", attendee)
        json.key("floor")
        if let floor { json.value(floor) } else { json.null() }
        json.member("label", label)
        json.member("name", name)
        json.member("number", number)
        json.member("precedence", precedence)
        if let role {
            json.member("role", role.rawValue)
        }
        json.key("row")
        if let row { json.value(row) } else { json.null() }
        json.member("seat", seat)
        json.key("table")
        if let table { json.value(table) } else { json.null() }
        if let tags, !tags.isEmpty {
            json.member("tags", tags)
        }
        if let title {
            json.member("title", title)
        }
        json.member("unit", unit)
        if let unitOrder {
            json.member("unit_order", unitOrder)
        }
        json.member("x", x)
        json.member("y", y)
        json.endObject()
    }
}

extension PlanQuality {
    func writeJSON(to json: inout JSONText) {
        json.beginObject()
        json.member("bound", bound)
        json.member("gap", gap)
        json.member("objective", objective)
        json.member("protocol_violations", protocolViolations)
        json.member("solve_ms", solveMilliseconds)
        json.member("status", status.rawValue)
        json.member("unit_splits", unitSplits)
        json.endObject()
    }
}

extension PlanChanges {
    func writeJSON(to json: inout JSONText) {
        json.beginObject()
        json.member("blocked", blocked)
        json.member("cards_to_reprint", cardsToReprint)
        json.member("exempt", exempt)
        json.member("move_bound", moveBound)
        json.member("move_cost", moveCost)
        json.key("moved")
        json.beginArray()
        for move in moved {
            json.beginObject()
            json.member("attendee", move.attendee)
            json.member("from", move.from)
            json.member("from_label", move.fromLabel)
            json.member("name", move.name)
            json.member("to", move.to)
            json.member("to_label", move.toLabel)
            json.endObject()
        }
        json.endArray()
        json.member("moves", moves)
        json.key("pins")
        Self.write(pins, to: &json)
        json.key("policy")
        json.beginObject()
        json.member("auditorium_absence", policy.auditoriumAbsence.rawValue)
        json.member("frozen", policy.frozen)
        json.member("rostrum_absence", policy.rostrumAbsence.rawValue)
        json.endObject()
        json.key("seated")
        Self.write(seated, to: &json)
        json.member("status", status.rawValue)
        json.key("unseated")
        Self.write(unseated, to: &json)
        json.key("vacated")
        Self.write(vacated, to: &json)
        json.endObject()
    }

    private static func write(_ map: [String: String], to json: inout JSONText) {
        json.beginObject()
        for (key, value) in map.sorted(by: { $0.key < $1.key }) {
            json.key(key)
            json.value(value)
        }
        json.endObject()
    }

    private static func write(_ entries: [SeatChange], to json: inout JSONText) {
        json.beginArray()
        for entry in entries {
            json.beginObject()
            json.member("attendee", entry.attendee)
            json.member("label", entry.label)
            json.member("name", entry.name)
            json.member("reason", entry.reason)
            json.member("seat", entry.seat)
            json.endObject()
        }
        json.endArray()
    }
}
