import Foundation

extension SeatPlan {
    /// The plan as PLAN.json: UTF-8, pretty-printed, keys sorted, so diffs stay readable.
    public func jsonData() throws -> Data {
        var json = JSONText(capacity: 256 + assignments.count * 400)
        writeJSON(to: &json)
        return Data(json.bytes)
    }

    /// Reads a PLAN.json, naming the file and the offending field when it is malformed.
    public static func decode(_ data: Data, file: String) throws(InputError) -> SeatPlan {
        let plan: SeatPlan
        do {
            plan = try JSONDecoder().decode(SeatPlan.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw InputError(file: file, field: Self.path(context.codingPath + [key]), "is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw InputError(file: file, field: Self.path(context.codingPath), context.debugDescription)
        } catch let DecodingError.dataCorrupted(context) {
            throw InputError(file: file, field: Self.path(context.codingPath), "is not valid: \(context.debugDescription)")
        } catch {
            throw InputError(file: file, "is not a plan file: \(error)")
        }
        guard plan.schema == schemaTag else {
            throw InputError(file: file, field: "schema", "is '\(plan.schema)'; expected '\(schemaTag)'")
        }
        return plan
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
            .joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}
