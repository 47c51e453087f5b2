import Foundation
import SeatPlanCore

/// The checks every backend makes before it touches its database, with one set of messages:
/// text holding a NUL character is refused (SQLite reads stop at NUL and PostgreSQL text cannot
/// hold it at all), units, roster lines, plans and documents must be well formed.
package struct StoreInputCheck: Sendable {
    /// The store named in the errors.
    package let store: String

    /// Checks for the store at `store` (a path or a PostgreSQL location, as errors name it).
    package init(store: String) {
        self.store = store
    }

    /// Refuses text holding a NUL character. Everything else (quotes, emoji, characters outside
    /// the BMP, very long fields) is stored and returned intact.
    package func requireStorableText(
        _ values: KeyValuePairs<String, String?>, in context: String
    ) throws(ExchangeStoreError) {
        for (field, value) in values where value?.utf8.contains(0) == true {
            throw ExchangeStoreError(
                .invalidInput, store: store,
                "\(context): field '\(field)' contains a NUL character, which cannot be stored intact; remove it")
        }
    }

    /// Refuses units without a name, with an order below 1, their own parent, text that cannot
    /// be stored, or given twice.
    package func validate(_ units: [UnitDetails]) throws(ExchangeStoreError) {
        var seen = Set<String>()
        for unit in units {
            if unit.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ExchangeStoreError(.invalidInput, store: store, "a unit needs a non-empty name")
            }
            if unit.officialOrder < 1 {
                throw ExchangeStoreError(
                    .invalidInput, store: store,
                    "unit '\(unit.name)': official order must be 1 or more, not \(unit.officialOrder)")
            }
            if unit.parent == unit.name {
                throw ExchangeStoreError(.invalidInput, store: store, "unit '\(unit.name)' cannot be its own parent")
            }
            try requireStorableText(
                [
                    "unit": unit.name, "parent": unit.parent, "contact": unit.contactPerson,
                    "phone": unit.officePhone, "mobile": unit.mobile,
                ],
                in: "unit '\(unit.name)'")
            if !seen.insert(unit.name).inserted {
                throw ExchangeStoreError(.invalidInput, store: store, "unit '\(unit.name)' is given twice")
            }
        }
    }

    /// Refuses a read roster whose rows hold text that cannot be stored or repeat a line
    /// (or give one below 1), or whose encoding name cannot be stored.
    package func validate(_ roster: ParsedRoster) throws(ExchangeStoreError) {
        var lines = Set<Int>()
        for row in roster.rows {
            let fields = row.fields
            try requireStorableText(
                [
                    "line text": row.rawText, "id": fields.id, "name": fields.name, "unit": fields.unit,
                    "unit_order": fields.unitOrder, "precedence": fields.precedence, "role": fields.role,
                    "title": fields.title, "gender": fields.gender, "tags": fields.tags,
                    "rejection field": row.rejection?.field, "rejection reason": row.rejection?.reason,
                ],
                in: "roster line \(row.line)")
            guard row.line >= 1, lines.insert(row.line).inserted else {
                throw ExchangeStoreError(
                    .invalidInput, store: store, "roster line \(row.line) is given twice or is not a line number")
            }
        }
        try requireStorableText(["encoding": roster.encoding], in: "roster")
    }

    /// Decodes a PLAN.json and checks that every text in it can be stored intact.
    package func plan(json: Data, fileName: String) throws(ExchangeStoreError) -> CheckedPlan {
        let plan: SeatPlan
        do {
            plan = try SeatPlan.decode(json, file: fileName)
        } catch {
            throw ExchangeStoreError(.invalidInput, store: store, "cannot store the plan: \(error)")
        }
        guard let text = String(data: json, encoding: .utf8) else {
            throw ExchangeStoreError(.invalidInput, store: store, "cannot store the plan: \(fileName) is not UTF-8")
        }
        for seat in plan.assignments {
            try requireStorableText(
                [
                    "attendee": seat.attendee, "name": seat.name, "unit": seat.unit, "seat": seat.seat,
                    "label": seat.label, "number": seat.number, "table": seat.table,
                ],
                in: "\(fileName): seat of '\(seat.attendee)'")
        }
        for person in plan.unseated {
            try requireStorableText(
                ["attendee": person.attendee, "reason": person.reason], in: "\(fileName): unseated '\(person.attendee)'"
            )
        }
        return CheckedPlan(plan: plan, text: text, hash: SHA256.hex(json), fileName: fileName)
    }

    /// Checks that a document can be stored: a kind and file name, no NUL characters.
    package func validate(_ document: NewDocument) throws(ExchangeStoreError) {
        for (field, value) in [("kind", document.kind.rawValue), ("file name", document.fileName)]
        where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ExchangeStoreError(.invalidInput, store: store, "a document needs a non-empty \(field)")
        }
        try requireStorableText(
            ["kind": document.kind.rawValue, "file name": document.fileName, "media type": document.mediaType],
            in: "document")
    }
}

/// A PLAN.json that decodes and can be stored intact, with its text and content hash.
package struct CheckedPlan: Sendable {
    /// The decoded plan.
    package let plan: SeatPlan
    /// The file's text, stored byte for byte.
    package let text: String
    /// SHA-256 of the file's bytes, hex.
    package let hash: String
    /// The file name given with it.
    package let fileName: String
}
