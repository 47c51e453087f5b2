/// One value of a parsed JSON file with its path (`assignments[3].seat`), read strictly: each
/// accessor names the file and field when the value is missing or of the wrong type.
struct JSONField {
    let value: JSONValue
    let file: String
    /// The path of the object this member belongs to, and the member's key: the full path is
    /// only spelled out for an error (a plan has ~100,000 fields).
    private let parent: String
    private let key: String?

    init(value: JSONValue, path: String, file: String) {
        self.value = value
        self.file = file
        parent = path
        key = nil
    }

    private init(value: JSONValue, parent: String, key: String, file: String) {
        self.value = value
        self.file = file
        self.parent = parent
        self.key = key
    }

    /// `assignments[3].seat`.
    var path: String {
        guard let key else { return parent }
        return parent.isEmpty ? key : "\(parent).\(key)"
    }

    /// The member `key` of this object; missing or `null` is an error.
    func required(_ key: String) throws(InputError) -> JSONField {
        guard let field = try optional(key) else {
            throw InputError(
                file: file, field: JSONField(value: .null, parent: path, key: key, file: file).path, "is missing")
        }
        return field
    }

    /// The member `key` of this object, or `nil` when it is missing or `null`.
    func optional(_ key: String) throws(InputError) -> JSONField? {
        guard case .object(let members) = value else { throw mismatch("an object") }
        guard let member = members.first(where: { $0.key == key })?.value else { return nil }
        if case .null = member { return nil }
        return JSONField(value: member, parent: path, key: key, file: file)
    }

    func string() throws(InputError) -> String {
        guard case .string(let text) = value else { throw mismatch("a string") }
        return text
    }

    func integer() throws(InputError) -> Int {
        guard case .number(let number) = value, number == number.rounded(), abs(number) < 9e15 else {
            throw mismatch("a whole number")
        }
        return Int(number)
    }

    func double() throws(InputError) -> Double {
        guard case .number(let number) = value else { throw mismatch("a number") }
        return number
    }

    func boolean() throws(InputError) -> Bool {
        guard case .bool(let flag) = value else { throw mismatch("true or false") }
        return flag
    }

    /// A value of a string enumeration.
    func choice<T: RawRepresentable>(_ type: T.Type) throws(InputError) -> T where T.RawValue == String {
        let text = try string()
        guard let choice = T(rawValue: text) else {
            throw InputError(file: file, field: path, "'\(text)' is not a valid value")
        }
        return choice
    }

    func elements() throws(InputError) -> [JSONField] {
        guard case .array(let items) = value else { throw mismatch("a list") }
        return items.enumerated().map { JSONField(value: $1, path: "\(path)[\($0)]", file: file) }
    }

    func strings() throws(InputError) -> [String] {
        var result: [String] = []
        for element in try elements() { result.append(try element.string()) }
        return result
    }

    /// An object whose members are all strings.
    func stringMap() throws(InputError) -> [String: String] {
        guard case .object(let members) = value else { throw mismatch("an object") }
        var result: [String: String] = [:]
        for (key, member) in members where result[key] == nil {
            result[key] = try JSONField(value: member, parent: path, key: key, file: file).string()
        }
        return result
    }

    private func mismatch(_ expected: String) -> InputError {
        InputError(file: file, field: path.isEmpty ? nil : path, "must be \(expected)")
    }
}
