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
        let root = try JSONValue.parse(Array(data), file: file)
        guard case .object = root else { throw InputError(file: file, "is not a plan file: expected a JSON object") }
        let field = JSONField(value: root, path: "", file: file)
        let schema = try field.required("schema").string()
        guard schema == schemaTag else {
            throw InputError(file: file, field: "schema", "is '\(schema)'; expected '\(schemaTag)'")
        }
        return try SeatPlan(json: field)
    }
}
