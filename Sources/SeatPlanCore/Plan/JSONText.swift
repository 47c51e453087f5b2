/// A small, fast writer of pretty-printed JSON text in `JSONEncoder`'s layout (two-space indent,
/// `"key" : value`), used for the assignments of plan files, which are large and written on
/// every re-plan. Keys are written in the order given; callers give them sorted, as
/// `JSONEncoder` does with `.sortedKeys`.
struct JSONText {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    private var first = true

    /// A writer with room for `capacity` bytes.
    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// Opens an object as the next value.
    mutating func beginObject() { open(UInt8(ascii: "{")) }
    /// Closes the current object.
    mutating func endObject() { close(UInt8(ascii: "}")) }
    /// Opens an array as the next value.
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    /// Closes the current array.
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the current object; its value follows.
    mutating func key(_ name: String) {
        separate()
        string(name)
        bytes.append(contentsOf: [0x20, 0x3A, 0x20])
        pendingValue = true
    }

    private var pendingValue = false

    /// A member of the current object: its key and a string value.
    mutating func member(_ name: String, _ text: String) {
        key(name)
        value(text)
    }

    /// A member of the current object: its key and an integer value.
    mutating func member(_ name: String, _ number: Int) {
        key(name)
        value(number)
    }

    /// A member of the current object: its key and a floating-point value.
    mutating func member(_ name: String, _ number: Double) {
        key(name)
        value(number)
    }

    /// A member of the current object: its key and a whole number, or `null`.
    mutating func member(_ name: String, orNull number: Int?) {
        key(name)
        if let number { value(number) } else { null() }
    }

    /// A member of the current object: its key and a string, or `null`.
    mutating func member(_ name: String, orNull text: String?) {
        key(name)
        if let text { value(text) } else { null() }
    }

    /// A member of the current object: its key and a list of strings.
    mutating func member(_ name: String, _ list: [String]) {
        key(name)
        value(list)
    }

    /// A string value.
    mutating func value(_ text: String) {
        prefix()
        string(text)
    }

    /// An integer value.
    mutating func value(_ number: Int) {
        prefix()
        bytes.append(contentsOf: String(number).utf8)
    }

    /// A floating-point value in its shortest exact form; non-finite numbers are written as 0.
    mutating func value(_ number: Double) {
        prefix()
        guard number.isFinite else {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if number == number.rounded(), abs(number) < 1e15 {
            bytes.append(contentsOf: String(Int(number)).utf8)
        } else {
            bytes.append(contentsOf: "\(number)".utf8)
        }
    }

    /// `null`.
    mutating func null() {
        prefix()
        bytes.append(contentsOf: "null".utf8)
    }

    /// A list of strings.
    mutating func value(_ list: [String]) {
        beginArray()
        for item in list { value(item) }
        endArray()
    }

    private mutating func open(_ bracket: UInt8) {
        prefix()
        bytes.append(bracket)
        depth += 1
        first = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !first { newline() }
        bytes.append(bracket)
        first = false
    }

    /// Before a value: a separator and indentation for an array element, nothing after a key.
    private mutating func prefix() {
        if pendingValue {
            pendingValue = false
            first = false
            return
        }
        separate()
    }

    private mutating func separate() {
        if !first { bytes.append(UInt8(ascii: ",")) }
        if depth > 0 { newline() }
        first = false
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        // Most text needs no escape: copy it whole.
        let copied = text.withUTF8 { utf8 in
            guard !utf8.contains(where: Self.needsEscape) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !copied {
            for byte in text.utf8 { escaped(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private mutating func escaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0..<0x20:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        default: bytes.append(byte)
        }
    }
}
