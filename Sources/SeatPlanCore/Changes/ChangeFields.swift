import Yams

/// The nested records of a CHANGES file: an added attendee and a substitute.
enum ChangeFields {
    static let attendeeKeys = ["id", "name", "unit", "unit_order", "precedence", "role", "title", "gender", "tags"]
    static let substituteKeys = ["id", "name", "title", "precedence"]
    static let precedenceRange = 1...1_000_000
    static let unitOrderRange = 1...100_000

    /// `{id, name, unit, unit_order, precedence, role, title?, gender?, tags?}`.
    static func attendee(_ value: YAMLValue) throws(InputError) -> Attendee {
        guard value.isMapping else {
            throw value.error("must describe the new attendee: {id, name, unit, unit_order, precedence, role}")
        }
        let fields = try value.mapping(allowedKeys: attendeeKeys)
        var gender: Gender?
        if let genderValue = fields.present("gender") {
            let text = try genderValue.string()
            guard let parsed = Gender(rosterValue: text) else {
                throw genderValue.error("'\(text)' is not a gender; use 男 or 女 (also male/female, M/F)")
            }
            gender = parsed
        }
        return Attendee(
            id: try fields.required("id").identifier(), name: try fields.required("name").text(),
            unit: try fields.required("unit").text(),
            unitOrder: try fields.required("unit_order").integer(in: unitOrderRange),
            precedence: try fields.required("precedence").integer(in: precedenceRange),
            role: try fields.required("role").choice(Role.self), title: try fields.present("title")?.text() ?? "",
            gender: gender, tags: try fields.present("tags")?.stringList() ?? [])
    }

    /// `{id, name, title?, precedence?}`.
    static func substitute(_ value: YAMLValue) throws(InputError) -> Substitute {
        guard value.isMapping else {
            throw value.error("must describe the substitute: {id, name, title, precedence}")
        }
        let fields = try value.mapping(allowedKeys: substituteKeys)
        return Substitute(
            id: try fields.required("id").identifier(), name: try fields.required("name").text(),
            title: try fields.present("title")?.text(),
            precedence: try fields.present("precedence")?.integer(in: precedenceRange))
    }
}

extension YAMLValue {
    /// Whether the node is an explicit YAML or JSON `null` (or `~`, or nothing after the colon).
    var isNull: Bool { node.null != nil }

    /// A non-empty single value that is not `null`.
    func text() throws(InputError) -> String {
        guard !isNull else { throw error("must not be empty") }
        return try string()
    }

    /// An attendee or seat id: a single value without spaces inside.
    func identifier() throws(InputError) -> String {
        guard !isMapping, !isSequence else {
            throw error("must be an id such as A0123 or h1-3-15, not a list or mapping")
        }
        guard !isNull else { throw error("must not be empty") }
        let text = try string()
        guard !text.contains(where: \.isWhitespace) else {
            throw error("'\(text)' is not an id: ids contain no spaces")
        }
        return text
    }
}

extension YAMLMapping {
    /// The value of an optional `key`, treating an explicit `null` like an absent key.
    func present(_ key: String) -> YAMLValue? {
        guard let value = self[key], !value.isNull else { return nil }
        return value
    }
}
