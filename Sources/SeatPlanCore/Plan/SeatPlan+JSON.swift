import Foundation

/// PLAN.json: the `Codable` conformances are the format; `JSONEncoder` and `JSONDecoder` read
/// and write everything but the assignments, which go through the one fast path
/// (SeatAssignment+FastJSON.swift): they are nearly all of a plan's bytes.
extension SeatPlan {
    /// The encoder of PLAN.json: UTF-8, pretty-printed, keys sorted, so diffs stay readable.
    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The plan as PLAN.json: the bytes `JSONEncoder` writes (pretty-printed, keys sorted).
    public func jsonData() throws -> Data {
        var envelope = self
        envelope.assignments = []
        let rest = Self.compactingEmptyContainers(try Self.encoder().encode(envelope))
        // `assignments` sorts first, so the encoded envelope starts with its empty list: the
        // assignments written by the fast path take its place.
        guard !assignments.isEmpty, let restStart = Self.endOfEmptyAssignments(in: rest) else {
            return Self.compactingEmptyContainers(try Self.encoder().encode(self))
        }
        var json = JSONText(capacity: 256 + rest.count + assignments.count * 400)
        json.beginObject()
        json.key(CodingKeys.assignments.rawValue)
        json.beginArray()
        for assignment in assignments { assignment.writeJSON(to: &json) }
        json.endArray()
        var data = Data(json.bytes)
        data.append(rest[restStart...])
        return data
    }

    /// The text with empty lists and objects written `[]` and `{}` rather than over three
    /// lines, as plan files have always had them. Safe on JSON text: a newline inside a string
    /// is always escaped, so `[`, newlines, spaces, `]` can only be an empty list.
    private static func compactingEmptyContainers(_ text: Data) -> Data {
        var result = Data(capacity: text.count)
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            result.append(byte)
            index += 1
            guard byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") else { continue }
            var end = index
            while end < text.endIndex, text[end] == 0x0A || text[end] == 0x20 { end += 1 }
            let closing = byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            if end > index, end < text.endIndex, text[end] == closing { index = end }
        }
        return result
    }

    /// Where the encoded envelope goes on after `{ "assignments" : [ ]`.
    private static func endOfEmptyAssignments(in envelope: Data) -> Data.Index? {
        let opening = Data("{\n  \"\(CodingKeys.assignments.rawValue)\" : [".utf8)
        guard envelope.starts(with: opening) else { return nil }
        var index = envelope.startIndex + opening.count
        while index < envelope.endIndex, envelope[index] == 0x0A || envelope[index] == 0x20 { index += 1 }
        guard index < envelope.endIndex, envelope[index] == UInt8(ascii: "]") else { return nil }
        return index + 1
    }

    /// Reads a PLAN.json, naming the file and the offending field or line when it is malformed.
    public static func decode(_ data: Data, file: String) throws(InputError) -> SeatPlan {
        let members = try TopLevelMembers(data, file: file)
        if let schema = try? JSONDecoder().decode(String.self, from: Data(members.raw["schema"] ?? [])),
            schema != schemaTag
        {
            throw InputError(file: file, field: "schema", "is '\(schema)'; expected '\(schemaTag)'")
        }
        guard let assignments = members.assignments else {
            throw InputError(file: file, field: CodingKeys.assignments.rawValue, "is missing")
        }
        var plan: SeatPlan
        do {
            plan = try JSONDecoder().decode(SeatPlan.self, from: members.envelope)
        } catch {
            throw InputError(decoding: error, file: file, what: "a plan file")
        }
        plan.assignments = assignments
        return plan
    }

    /// A plan file's members: the assignments read by the fast path, every other member as its
    /// text, to be decoded by `JSONDecoder`. The whole file's syntax is checked here, so that
    /// a mistake is reported with its line.
    private struct TopLevelMembers {
        var assignments: [SeatAssignment]?
        /// Each member's key and text but the assignments', first occurrence only (as `JSONDecoder`).
        var raw: [String: ArraySlice<UInt8>] = [:]
        var order: [String] = []

        init(_ data: Data, file: String) throws(InputError) {
            var parser = JSONParser(bytes: Array(data), file: file)
            parser.skipSpace()
            guard parser.peek(UInt8(ascii: "{")) else {
                _ = try parser.document()  // a syntax error, if any, is the clearer message
                throw InputError(file: file, "is not a plan file: expected a JSON object")
            }
            var seen: Set<String> = []
            let notAnObject = { InputError(file: file, "is not a plan file: expected a JSON object") }
            try parser.members(orElse: notAnObject) { parser, key throws(InputError) in
                guard seen.insert(key).inserted else { return try parser.skipValue() }
                guard key == CodingKeys.assignments.rawValue else {
                    parser.skipSpace()
                    let start = parser.index
                    try parser.skipValue()
                    raw[key] = parser.bytes[start..<parser.index]
                    order.append(key)
                    return
                }
                if try parser.skipNull() { return }
                var list: [SeatAssignment] = []
                try parser.elements(orElse: { mismatch("a list", file: file, path: key) }) {
                    parser, index throws(InputError) in
                    list.append(try SeatAssignment.read(from: &parser, index: index, file: file))
                }
                assignments = list
            }
            try parser.end()
        }

        /// The members but the assignments as one JSON object, with an empty assignment list.
        var envelope: Data {
            var text: [UInt8] = Array("{\"\(CodingKeys.assignments.rawValue)\":[]".utf8)
            for key in order {
                guard let value = raw[key] else { continue }
                text.append(UInt8(ascii: ","))
                text.append(contentsOf: Self.quoted(key))
                text.append(UInt8(ascii: ":"))
                text.append(contentsOf: value)
            }
            text.append(UInt8(ascii: "}"))
            return Data(text)
        }

        /// A key as a JSON string.
        private static func quoted(_ key: String) -> [UInt8] {
            var json = JSONText(capacity: key.utf8.count + 2)
            json.value(key)
            return json.bytes
        }
    }
}
