import Foundation

extension GroupPlan {
    /// The groups as GROUPS.json: UTF-8, pretty-printed, keys sorted, so diffs stay readable.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a GROUPS.json, naming the file and the offending field when it is malformed.
    public static func decode(_ data: Data, file: String) throws(InputError) -> GroupPlan {
        let plan: GroupPlan
        do {
            plan = try JSONDecoder().decode(GroupPlan.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw InputError(file: file, field: Self.path(context.codingPath + [key]), "is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw InputError(file: file, field: Self.path(context.codingPath), context.debugDescription)
        } catch let DecodingError.dataCorrupted(context) {
            throw InputError(file: file, field: Self.path(context.codingPath), "is not valid: \(context.debugDescription)")
        } catch {
            throw InputError(file: file, "is not a groups file: \(error)")
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
