import Foundation
import HTTPTypes
import SeatPlanCore

/// A late change sent from the seat map: the operations of CHANGES.yaml as JSON, the plan
/// version they were made on, and (for apply) the confirmation and the page's request id.
///
/// The operations go through ``ChangesFile/parse(_:file:)`` (JSON is YAML), so they are checked
/// exactly as a CHANGES.yaml file is, with the same field paths (`[2].attendee`). The map's one
/// extra operation, `swap` (`{"op": "swap", "attendee": A, "with": B}`), becomes two pins, each
/// person to the other's seat.
struct ChangeRequest {
    let baseVersion: Int
    let operations: [ChangeOperation]
    let confirm: Bool
    let requestID: String?
    /// People the operations place by hand (pins and swaps): the ones a confirmation exempts.
    let placedByHand: Set<String>

    /// The file name errors name.
    static let source = "operations"

    /// Reads a request body; `seatOf` gives the current seat of a seated attendee (for swaps).
    init(json data: Data, seatOf: (String) -> String?) throws {
        guard let object = try? JSONSerialization.jsonObject(with: data), let body = object as? [String: Any] else {
            throw APIError.badRequest("the request body must be a JSON object")
        }
        guard let base = body["baseVersion"] as? Int, base >= 1 else {
            throw Self.problem(field: "baseVersion", "must be the plan version the change was made on (1, 2, …)")
        }
        guard let raw = body["operations"] as? [Any], !raw.isEmpty else {
            throw Self.problem(field: "operations", "must be a non-empty list of changes")
        }
        var expanded: [Any] = []
        var placed: Set<String> = []
        for (index, item) in raw.enumerated() {
            guard let operation = item as? [String: Any], operation["op"] as? String == "swap" else {
                if let operation = item as? [String: Any], operation["op"] as? String == "pin",
                    let attendee = operation["attendee"] as? String
                {
                    placed.insert(attendee)
                }
                expanded.append(item)
                continue
            }
            let pins = try Self.pins(forSwap: operation, index: index + 1, seatOf: seatOf)
            expanded += pins
            for pin in pins { if let attendee = pin["attendee"] { placed.insert(attendee) } }
        }
        let text = String(decoding: try JSONSerialization.data(withJSONObject: expanded), as: UTF8.self)
        operations = try ChangesFile.parse(text, file: Self.source)
        baseVersion = base
        confirm = body["confirm"] as? Bool ?? false
        requestID = try Self.requestID(body["requestId"])
        placedByHand = placed
    }

    /// 404 for a change naming someone who is neither in the plan nor added by an earlier change
    /// of this request (the re-planner would refuse it too; the workbench answers as for any
    /// unknown id).
    func requireKnownAttendees(in plan: SeatPlan, version: Int) throws {
        var known = Set(plan.assignments.map(\.attendee)).union(plan.unseated.map(\.attendee))
        for operation in operations {
            let named: String?
            switch operation {
            case .add(let attendee, _):
                known.insert(attendee.id)
                named = nil
            case .substitute(let attendee, let substitute, _):
                named = attendee
                known.insert(substitute.id)
            case .cancel(let attendee, _), .pin(let attendee, _, _), .setRole(let attendee, _, _, _):
                named = attendee
            case .blockSeat:
                named = nil
            }
            if let named, !known.contains(named) {
                throw APIError.notFound(
                    "attendee '\(named)' in plan version \(version) (change [\(operation.source.position)])")
            }
        }
    }

    private static func pins(forSwap operation: [String: Any], index: Int, seatOf: (String) -> String?) throws
        -> [[String: String]]
    {
        let unknown = Set(operation.keys).subtracting(["op", "attendee", "with"])
        if let key = unknown.sorted().first { throw problem(field: "[\(index)].\(key)", "unknown key for swap") }
        guard let first = operation["attendee"] as? String, !first.isEmpty else {
            throw problem(field: "[\(index)].attendee", "is missing")
        }
        guard let second = operation["with"] as? String, !second.isEmpty, second != first else {
            throw problem(field: "[\(index)].with", "must name another seated attendee")
        }
        guard let firstSeat = seatOf(first) else {
            throw problem(field: "[\(index)].attendee", "'\(first)' has no seat")
        }
        guard let secondSeat = seatOf(second) else {
            throw problem(field: "[\(index)].with", "'\(second)' has no seat")
        }
        return [
            ["op": "pin", "attendee": first, "seat": secondSeat],
            ["op": "pin", "attendee": second, "seat": firstSeat],
        ]
    }

    private static func requestID(_ value: Any?) throws -> String? {
        guard let value else { return nil }
        guard let text = value as? String, (1...100).contains(text.count),
            text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else {
            throw problem(field: "requestId", "must be 1 to 100 letters, digits or dashes (a UUID)")
        }
        return text
    }

    private static func problem(field: String, _ message: String) -> APIError {
        let error = InputError(file: source, field: field, message)
        return APIError(.unprocessableContent, error.description, problems: [APIError.Problem(error)])
    }
}
