/// A parsed JSON document, from a small, fast parser used for plan files (a 5,300-seat
/// PLAN.json parses several times faster than with `JSONDecoder`).
enum JSONValue: Sendable {
    /// Members in file order (the first of a repeated key counts on lookup, as with `JSONDecoder`).
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
}

/// Recursive-descent JSON parser over UTF-8 bytes: whole values (``JSONValue``), or member by
/// member for large files (see JSONStream.swift).
struct JSONParser {
    let bytes: [UInt8]
    let file: String
    var index = 0
    var depth = 0

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    mutating func document() throws(InputError) -> JSONValue {
        let value = try self.value()
        try end()
        return value
    }

    /// Nothing but space may follow the document's value.
    mutating func end() throws(InputError) {
        skipSpace()
        guard index == bytes.count else { throw failure("unexpected text after the JSON value") }
    }

    mutating func value() throws(InputError) -> JSONValue {
        skipSpace()
        guard index < bytes.count else { throw failure("the file ends where a value was expected") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default: return .number(try number())
        }
    }

    private mutating func object() throws(InputError) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        // Only called at a '{', so the mismatch cannot happen.
        let file = self.file
        try self.members(orElse: { InputError(file: file, "is not valid JSON: expected an object") }) {
            parser, key throws(InputError) in
            members.append((key, try parser.value()))
        }
        return .object(members)
    }

    private mutating func array() throws(InputError) -> JSONValue {
        var elements: [JSONValue] = []
        let file = self.file
        try self.elements(orElse: { InputError(file: file, "is not valid JSON: expected a list") }) {
            parser, _ throws(InputError) in
            elements.append(try parser.value())
        }
        return .array(elements)
    }

    mutating func string() throws(InputError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes.
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"),
            bytes[index] >= 0x20
        {
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            defer { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        var scalars = Array(bytes[start..<index])
        while true {
            guard index < bytes.count else { throw failure("a string is not closed") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: scalars, as: UTF8.self)
            }
            guard byte >= 0x20 else { throw failure("a string holds a raw control character; write it as \\u escape") }
            guard byte == UInt8(ascii: "\\") else {
                scalars.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.count else { throw failure("a string is not closed") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
            case UInt8(ascii: "b"): scalars.append(0x08)
            case UInt8(ascii: "f"): scalars.append(0x0C)
            case UInt8(ascii: "n"): scalars.append(0x0A)
            case UInt8(ascii: "r"): scalars.append(0x0D)
            case UInt8(ascii: "t"): scalars.append(0x09)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code), peek(UInt8(ascii: "\\")), index + 1 < bytes.count,
                    bytes[index + 1] == UInt8(ascii: "u")
                {
                    index += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else {
                        throw failure("a \\u escape pairs a high surrogate with \\u\(String(low, radix: 16))")
                    }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else {
                    throw failure("\\u\(String(code, radix: 16)) is not a character")
                }
                scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
            default:
                throw failure("unknown escape \\\(Character(Unicode.Scalar(escape)))")
            }
        }
    }

    private mutating func hex4() throws(InputError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("a \\u escape needs four hex digits") }
        var code: UInt32 = 0
        for byte in bytes[index..<(index + 4)] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw failure("a \\u escape needs four hex digits")
            }
            code = code * 16 + UInt32(digit)
        }
        index += 4
        return code
    }

    mutating func number() throws(InputError) -> Double {
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                index += 1
            default:
                guard index > start else {
                    throw failure("unexpected character '\(Character(Unicode.Scalar(bytes[index])))'")
                }
                return try finishNumber(from: start)
            }
        }
        return try finishNumber(from: start)
    }

    private func finishNumber(from start: Int) throws(InputError) -> Double {
        if let simple = Self.simpleDecimal(bytes[start..<index]) { return simple }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw failure("'\(text)' is not a number") }
        return value
    }

    /// `-12`, `3.25`: at most 15 digits, so both the digits and the power of ten are exact
    /// doubles and one division rounds correctly (what `Double(text)` gives, without making
    /// text); `nil` for anything else.
    private static func simpleDecimal(_ text: ArraySlice<UInt8>) -> Double? {
        var position = text.startIndex
        let negative = position < text.endIndex && text[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits: Int?
        while position < text.endIndex {
            let byte = text[position]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if let counted = fractionDigits { fractionDigits = counted + 1 }
            } else if byte == UInt8(ascii: "."), fractionDigits == nil, digits > 0 {
                fractionDigits = 0
            } else {
                return nil
            }
            position += 1
        }
        guard digits > 0, digits <= 15, fractionDigits != 0 else { return nil }
        let value = Double(mantissa) / powersOfTen[fractionDigits ?? 0]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = [
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ]

    mutating func literal(_ word: String, _ value: JSONValue) throws(InputError) -> JSONValue {
        let utf8 = Array(word.utf8)
        guard bytes[index...].starts(with: utf8) else { throw failure("unexpected text; expected \(word)") }
        index += utf8.count
        return value
    }

    mutating func enter() throws(InputError) {
        depth += 1
        guard depth <= 256 else { throw failure("the JSON nests deeper than 256 levels") }
    }

    func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    func failure(_ message: String) -> InputError {
        let line = bytes[..<min(index, bytes.count)].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        return InputError(file: file, line: line, "is not valid JSON: \(message)")
    }
}
