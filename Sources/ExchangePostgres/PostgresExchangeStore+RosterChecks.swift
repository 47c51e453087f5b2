import ExchangeBridge
import Foundation

/// The checks the store makes before touching the database, the same as the SQLite store's:
/// text holding a NUL character is refused (PostgreSQL text cannot hold it at all), units and
/// roster lines must be well formed.
enum PostgresRosterChecks {
    /// Refuses text holding a NUL character, with the SQLite store's message.
    static func requireStorableText(
        _ values: KeyValuePairs<String, String?>, in context: String, store: String
    ) throws(ExchangeStoreError) {
        for (field, value) in values where value?.utf8.contains(0) == true {
            throw ExchangeStoreError(
                .invalidInput, store: store,
                "\(context): field '\(field)' contains a NUL character, which cannot be stored intact; remove it")
        }
    }

    /// Refuses units without a name, with an order below 1, their own parent, text that
    /// cannot be stored, or given twice.
    static func validate(_ units: [UnitDetails], store: String) throws(ExchangeStoreError) {
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
                in: "unit '\(unit.name)'", store: store)
            if !seen.insert(unit.name).inserted {
                throw ExchangeStoreError(.invalidInput, store: store, "unit '\(unit.name)' is given twice")
            }
        }
    }

    /// Refuses roster rows holding text that cannot be stored, or a line given twice or below 1.
    static func validateLines(_ rows: [SubmittedRow], store: String) throws(ExchangeStoreError) {
        var lines = Set<Int>()
        for row in rows {
            let fields = row.fields
            try requireStorableText(
                [
                    "line text": row.rawText, "id": fields.id, "name": fields.name, "unit": fields.unit,
                    "unit_order": fields.unitOrder, "precedence": fields.precedence, "role": fields.role,
                    "title": fields.title, "gender": fields.gender, "tags": fields.tags,
                    "rejection field": row.rejection?.field, "rejection reason": row.rejection?.reason,
                ],
                in: "roster line \(row.line)", store: store)
            guard row.line >= 1, lines.insert(row.line).inserted else {
                throw ExchangeStoreError(
                    .invalidInput, store: store, "roster line \(row.line) is given twice or is not a line number")
            }
        }
    }

    /// The checks of a read roster before it is stored (its rows and encoding).
    static func validate(_ roster: ParsedRoster, store: String) throws(ExchangeStoreError) {
        try validateLines(roster.rows, store: store)
        try requireStorableText(["encoding": roster.encoding], in: "roster", store: store)
    }
}
