/// Reading JSON member by member, straight into typed values, for large files (a 5,300-seat
/// PLAN.json reads about twice as fast as through a ``JSONValue`` tree). Type errors name the
/// file and field exactly as ``JSONField`` does; the field's path is only spelled out then.
extension JSONParser {
    /// Reads an object: `body` gets each key with the parser at its value, and must read or
    /// skip that value. A repeated key comes to `body` again: `JSONDecoder` keeps the first.
    mutating func members(
        orElse mismatch: () -> InputError, _ body: (inout JSONParser, String) throws(InputError) -> Void
    ) throws(InputError) {
        try forEachMember(orElse: mismatch) { parser, key throws(InputError) in
            try body(&parser, key.text(in: parser.bytes))
        }
    }

    /// Reads an object whose keys the reader knows (`nil` for any other key), matching each
    /// key's bytes without making a string of it. A repeated key is skipped: the first counts,
    /// as with `JSONDecoder`.
    mutating func members<Key>(
        _ keys: JSONKeys<Key>, orElse mismatch: () -> InputError,
        _ body: (inout JSONParser, Key?) throws(InputError) -> Void
    ) throws(InputError) {
        var seen = [Bool](repeating: false, count: keys.count)
        try forEachMember(orElse: mismatch) { parser, key throws(InputError) in
            guard let (key, position) = keys.key(for: key, in: parser.bytes) else { return try body(&parser, nil) }
            guard !seen[position] else { return try parser.skipValue() }
            seen[position] = true
            try body(&parser, key)
        }
    }

    private mutating func forEachMember(
        orElse mismatch: () -> InputError, _ body: (inout JSONParser, KeyText) throws(InputError) -> Void
    ) throws(InputError) {
        skipSpace()
        guard peek(UInt8(ascii: "{")) else { throw startsValue ? mismatch() : unexpected() }
        try enter()
        index += 1
        skipSpace()
        if peek(UInt8(ascii: "}")) {
            index += 1
            depth -= 1
            return
        }
        while true {
            skipSpace()
            guard peek(UInt8(ascii: "\"")) else { throw failure("expected a quoted key") }
            let key = try keyText()
            skipSpace()
            guard peek(UInt8(ascii: ":")) else { throw failure("expected ':' after key \"\(key.text(in: bytes))\"") }
            index += 1
            try body(&self, key)
            skipSpace()
            if peek(UInt8(ascii: ",")) {
                index += 1
            } else if peek(UInt8(ascii: "}")) {
                index += 1
                depth -= 1
                return
            } else {
                throw failure("expected ',' or '}' in an object")
            }
        }
    }

    /// Whether a JSON value can start here: otherwise a type mismatch is a syntax error.
    private var startsValue: Bool {
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "t"), UInt8(ascii: "f"),
            UInt8(ascii: "n"),
            UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return false
        }
    }

    /// The syntax error for a byte that starts no value.
    private func unexpected() -> InputError {
        guard index < bytes.count else { return failure("the file ends where a value was expected") }
        return failure("unexpected character '\(Character(Unicode.Scalar(bytes[index])))'")
    }

    /// A key as it stands in the file (the usual case, no escapes) or decoded.
    enum KeyText {
        case raw(Range<Int>)
        case decoded(String)

        func text(in bytes: [UInt8]) -> String {
            switch self {
            case .raw(let range): String(decoding: bytes[range], as: UTF8.self)
            case .decoded(let text): text
            }
        }
    }

    private mutating func keyText() throws(InputError) -> KeyText {
        let start = index + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20
        { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\""), bytes[start..<end].allSatisfy({ $0 < 0x80 }) {
            index = end + 1
            return .raw(start..<end)
        }
        return .decoded(try string())
    }

    /// Reads a list: `body` gets each element's index with the parser at the element.
    mutating func elements(
        orElse mismatch: () -> InputError, _ body: (inout JSONParser, Int) throws(InputError) -> Void
    ) throws(InputError) {
        skipSpace()
        guard peek(UInt8(ascii: "[")) else { throw startsValue ? mismatch() : unexpected() }
        try enter()
        index += 1
        skipSpace()
        if peek(UInt8(ascii: "]")) {
            index += 1
            depth -= 1
            return
        }
        var position = 0
        while true {
            try body(&self, position)
            position += 1
            skipSpace()
            if peek(UInt8(ascii: ",")) {
                index += 1
            } else if peek(UInt8(ascii: "]")) {
                index += 1
                depth -= 1
                return
            } else {
                throw failure("expected ',' or ']' in a list")
            }
        }
    }

    /// Consumes a `null` and says so; anything else is left to read.
    mutating func skipNull() throws(InputError) -> Bool {
        skipSpace()
        guard peek(UInt8(ascii: "n")) else { return false }
        _ = try literal("null", .null)
        return true
    }

    /// A string, or `nil` for `null`.
    mutating func optionalString(file: String, path: @autoclosure () -> String) throws(InputError) -> String? {
        if try skipNull() { return nil }
        guard peek(UInt8(ascii: "\"")) else { throw mismatch("a string", file: file, path: path()) }
        return try string()
    }

    /// A number, or `nil` for `null`.
    mutating func optionalDouble(file: String, path: @autoclosure () -> String) throws(InputError) -> Double? {
        if try skipNull() { return nil }
        guard let first = index < bytes.count ? bytes[index] : nil,
            first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        else { throw mismatch("a number", file: file, path: path()) }
        return try number()
    }

    /// A whole number, or `nil` for `null`.
    mutating func optionalInteger(file: String, path: @autoclosure () -> String) throws(InputError) -> Int? {
        guard let number = try optionalDouble(file: file, path: path()) else { return nil }
        guard number == number.rounded(), abs(number) < 9e15 else {
            throw mismatch("a whole number", file: file, path: path())
        }
        return Int(number)
    }

    /// A value of a string enumeration, or `nil` for `null`.
    mutating func optionalChoice<T: RawRepresentable>(
        _ type: T.Type, file: String, path: @autoclosure () -> String
    ) throws(InputError) -> T? where T.RawValue == String {
        guard let text = try optionalString(file: file, path: path()) else { return nil }
        guard let choice = T(rawValue: text) else {
            throw InputError(file: file, field: path(), "'\(text)' is not a valid value")
        }
        return choice
    }

    /// A list of strings, or `nil` for `null`.
    mutating func optionalStrings(file: String, path: @autoclosure () -> String) throws(InputError) -> [String]? {
        if try skipNull() { return nil }
        let listPath = path()
        var strings: [String] = []
        try elements(orElse: { mismatch("a list", file: file, path: listPath) }) {
            parser, position throws(InputError) in
            guard let text = try parser.optionalString(file: file, path: "\(listPath)[\(position)]") else {
                throw mismatch("a string", file: file, path: "\(listPath)[\(position)]")
            }
            strings.append(text)
        }
        return strings
    }

    /// Skips a value of a key nobody reads.
    mutating func skipValue() throws(InputError) {
        _ = try value()
    }
}

/// The keys a reader of one kind of object knows, matched against a key's bytes.
struct JSONKeys<Key: CaseIterable & RawRepresentable>: Sendable where Key.RawValue == String, Key: Sendable {
    private let table: [(bytes: [UInt8], key: Key)]

    init() {
        table = Key.allCases.map { (Array($0.rawValue.utf8), $0) }
    }

    /// How many keys there are.
    var count: Int { table.count }

    /// The key and its position in the table, or `nil` for a key the reader does not know.
    func key(for text: JSONParser.KeyText, in bytes: [UInt8]) -> (Key, Int)? {
        let position: Int?
        switch text {
        case .raw(let range):
            let key = bytes[range]
            position = table.firstIndex { $0.bytes.count == key.count && $0.bytes.elementsEqual(key) }
        case .decoded(let name):
            position = table.firstIndex { $0.key.rawValue == name }
        }
        return position.map { (table[$0].key, $0) }
    }
}

/// The error for a value of the wrong type, as ``JSONField`` words it.
func mismatch(_ expected: String, file: String, path: String) -> InputError {
    InputError(file: file, field: path.isEmpty ? nil : path, "must be \(expected)")
}
