import ExchangeBridge
import Foundation
import PostgresNIO
import SeatPlanCore

/// A PLAN.json that decodes and can be stored intact, with its text and content hash.
struct PostgresCheckedPlan: Sendable {
    let plan: SeatPlan
    let text: String
    let hash: String
    let fileName: String
}

/// The checks a plan, a document or a setup passes before the store is touched: the same as
/// the SQLite store's, with the same messages. PostgreSQL text cannot hold a NUL character at
/// all, so a value with one must be refused here rather than fail deep inside a transaction.
extension PostgresExchangeStore {
    /// Refuses text holding a NUL character (see ``PostgresCheckedPlan``).
    func requireStorable(_ values: KeyValuePairs<String, String?>, in context: String) throws(ExchangeStoreError) {
        for (field, value) in values where value?.utf8.contains(0) == true {
            throw ExchangeStoreError(
                .invalidInput, store: path,
                "\(context): field '\(field)' contains a NUL character, which cannot be stored intact; remove it")
        }
    }

    /// Decodes a PLAN.json and checks that every text in it can be stored intact.
    func checkPlan(json: Data, fileName: String) throws(ExchangeStoreError) -> PostgresCheckedPlan {
        let plan: SeatPlan
        do {
            plan = try SeatPlan.decode(json, file: fileName)
        } catch {
            throw ExchangeStoreError(.invalidInput, store: path, "cannot store the plan: \(error)")
        }
        guard let text = String(data: json, encoding: .utf8) else {
            throw ExchangeStoreError(.invalidInput, store: path, "cannot store the plan: \(fileName) is not UTF-8")
        }
        for seat in plan.assignments {
            try requireStorable(
                [
                    "attendee": seat.attendee, "name": seat.name, "unit": seat.unit, "seat": seat.seat,
                    "label": seat.label, "number": seat.number, "table": seat.table,
                ],
                in: "\(fileName): seat of '\(seat.attendee)'")
        }
        for person in plan.unseated {
            try requireStorable(
                ["attendee": person.attendee, "reason": person.reason],
                in: "\(fileName): unseated '\(person.attendee)'")
        }
        return PostgresCheckedPlan(plan: plan, text: text, hash: SHA256.hex(json), fileName: fileName)
    }

    /// Checks that a document can be stored: a kind and file name, no NUL characters.
    func checkDocument(_ document: NewDocument) throws(ExchangeStoreError) {
        for (field, value) in [("kind", document.kind.rawValue), ("file name", document.fileName)]
        where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ExchangeStoreError(.invalidInput, store: path, "a document needs a non-empty \(field)")
        }
        try requireStorable(
            ["kind": document.kind.rawValue, "file name": document.fileName, "media type": document.mediaType],
            in: "document")
    }

    /// The name of `meeting`, read inside the caller's transaction; ``ExchangeStoreError/Kind/notFound``
    /// when there is no such meeting.
    func nameOfMeeting(_ connection: PostgresConnection, _ meeting: MeetingID) async throws -> String {
        guard
            let name = try await connection.scalar(
                "SELECT name FROM meetings WHERE id = \(meeting.rawValue)", as: String.self)
        else { throw ExchangeStoreError(.notFound, store: path, "has no \(meeting)") }
        return name
    }
}

extension String {
    /// Whether the text holds a NUL character, which PostgreSQL text never holds: a lookup by
    /// such a value finds nothing (rather than failing, as binding it would).
    var holdsNUL: Bool { utf8.contains(0) }
}
