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
        json.key("convention")
        json.value(convention)
        if let meeting {
            json.key("meeting")
            json.value(meeting)
        }
        if let notes {
            json.key("notes")
            json.value(notes)
        }
        json.key("quality")
        quality.writeJSON(to: &json)
        json.key("schema")
        json.value(schema)
        json.key("unseated")
        json.beginArray()
        for entry in unseated {
            json.beginObject()
            json.key("attendee")
            json.value(entry.attendee)
            json.key("reason")
            json.value(entry.reason)
            json.endObject()
        }
        json.endArray()
        json.key("venue")
        json.value(venue)
        json.endObject()
    }
}

extension SeatAssignment {
    func writeJSON(to json: inout JSONText) {
        json.beginObject()
        json.key("area")
        json.value(area.rawValue)
        json.key("attendee")
        json.value(attendee)
        json.key("floor")
        if let floor { json.value(floor) } else { json.null() }
        json.key("label")
        json.value(label)
        json.key("name")
        json.value(name)
        json.key("number")
        json.value(number)
        json.key("precedence")
        json.value(precedence)
        if let role {
            json.key("role")
            json.value(role.rawValue)
        }
        json.key("row")
        if let row { json.value(row) } else { json.null() }
        json.key("seat")
        json.value(seat)
        json.key("table")
        if let table { json.value(table) } else { json.null() }
        if let tags, !tags.isEmpty {
            json.key("tags")
            json.value(tags)
        }
        if let title {
            json.key("title")
            json.value(title)
        }
        json.key("unit")
        json.value(unit)
        if let unitOrder {
            json.key("unit_order")
            json.value(unitOrder)
        }
        json.key("x")
        json.value(x)
        json.key("y")
        json.value(y)
        json.endObject()
    }
}

extension PlanQuality {
    func writeJSON(to json: inout JSONText) {
        json.beginObject()
        json.key("bound")
        json.value(bound)
        json.key("gap")
        json.value(gap)
        json.key("objective")
        json.value(objective)
        json.key("protocol_violations")
        json.value(protocolViolations)
        json.key("solve_ms")
        json.value(solveMilliseconds)
        json.key("status")
        json.value(status)
        json.key("unit_splits")
        json.value(unitSplits)
        json.endObject()
    }
}

extension PlanChanges {
    func writeJSON(to json: inout JSONText) {
        json.beginObject()
        json.key("blocked")
        json.value(blocked)
        json.key("cards_to_reprint")
        json.value(cardsToReprint)
        json.key("exempt")
        json.value(exempt)
        json.key("move_bound")
        json.value(moveBound)
        json.key("move_cost")
        json.value(moveCost)
        json.key("moved")
        json.beginArray()
        for move in moved {
            json.beginObject()
            json.key("attendee")
            json.value(move.attendee)
            json.key("from")
            json.value(move.from)
            json.key("from_label")
            json.value(move.fromLabel)
            json.key("name")
            json.value(move.name)
            json.key("to")
            json.value(move.to)
            json.key("to_label")
            json.value(move.toLabel)
            json.endObject()
        }
        json.endArray()
        json.key("moves")
        json.value(moves)
        json.key("pins")
        Self.write(pins, to: &json)
        json.key("policy")
        json.beginObject()
        json.key("auditorium_absence")
        json.value(policy.auditoriumAbsence.rawValue)
        json.key("frozen")
        json.value(policy.frozen)
        json.key("rostrum_absence")
        json.value(policy.rostrumAbsence.rawValue)
        json.endObject()
        json.key("seated")
        Self.write(seated, to: &json)
        json.key("status")
        json.value(status)
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
            json.key("attendee")
            json.value(entry.attendee)
            json.key("label")
            json.value(entry.label)
            json.key("name")
            json.value(entry.name)
            json.key("reason")
            json.value(entry.reason)
            json.key("seat")
            json.value(entry.seat)
            json.endObject()
        }
        json.endArray()
    }
}
