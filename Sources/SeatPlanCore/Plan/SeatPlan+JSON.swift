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
        // The assignments (nearly all of the file) are read straight into values; the rest
        // through a JSON tree.
        var parser = JSONParser(bytes: Array(data), file: file)
        parser.skipSpace()
        guard parser.peek(UInt8(ascii: "{")) else {
            _ = try parser.document()  // a syntax error, if any, is the clearer message
            throw InputError(file: file, "is not a plan file: expected a JSON object")
        }
        var members: [(key: String, value: JSONValue)] = []
        var assignments: [SeatAssignment]?
        var keys: Set<String> = []
        try parser.members(orElse: { InputError(file: file, "is not a plan file: expected a JSON object") }) { parser, key throws(InputError) in
            // The first of a repeated key counts, as with JSONDecoder.
            guard keys.insert(key).inserted else { return try parser.skipValue() }
            guard key == "assignments" else {
                members.append((key, try parser.value()))
                return
            }
            if try parser.skipNull() { return }
            var list: [SeatAssignment] = []
            try parser.elements(orElse: { mismatch("a list", file: file, path: key) }) { parser, index throws(InputError) in
                list.append(try SeatAssignment.read(from: &parser, index: index, file: file))
            }
            assignments = list
        }
        try parser.end()
        let field = JSONField(value: .object(members), path: "", file: file)
        let schema = try field.required("schema").string()
        guard schema == schemaTag else {
            throw InputError(file: file, field: "schema", "is '\(schema)'; expected '\(schemaTag)'")
        }
        guard let assignments else { throw InputError(file: file, field: "assignments", "is missing") }
        return try SeatPlan(json: field, assignments: assignments)
    }
}
