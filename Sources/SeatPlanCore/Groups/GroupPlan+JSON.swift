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
        } catch {
            throw InputError(decoding: error, file: file, what: "a groups file")
        }
        guard plan.schema == schemaTag else {
            throw InputError(file: file, field: "schema", "is '\(plan.schema)'; expected '\(schemaTag)'")
        }
        return plan
    }
}
