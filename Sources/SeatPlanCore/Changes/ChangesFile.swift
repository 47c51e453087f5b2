import Foundation

/// Reads a CHANGES file: a list of late changes (docs/protocol.md §6), in YAML or as JSON.
///
/// ```yaml
/// - {op: cancel, attendee: "A0123"}
/// - {op: add, attendee: {id: "A9001", name: "王小明", unit: "财政局", unit_order: 12, precedence: 40, role: member}}
/// - {op: substitute, attendee: "A0456", by: {id: "A9002", name: "李华", title: "副局长", precedence: 57}}
/// - {op: block_seat, seat: "h1-3-15"}
/// - {op: pin, attendee: "A0789", seat: "h1-3-17"}
/// - {op: set_role, attendee: "A0790", role: rostrum, precedence: 6}
/// ```
///
/// Reading is strict: an unknown operation or key, a missing field or a wrong type is an
/// ``InputError`` naming the file, the line and the field. Whether the changes make sense for
/// a given plan is checked by the re-planner (`ChangeSet` in the Planner module).
public enum ChangesFile {
    /// The keys each operation allows, besides `op`.
    static let keys: [String: [String]] = [
        "cancel": ["attendee"],
        "add": ["attendee"],
        "substitute": ["attendee", "by"],
        "block_seat": ["seat"],
        "pin": ["attendee", "seat"],
        "set_role": ["attendee", "role", "precedence"],
    ]

    /// Reads and parses a CHANGES file (UTF-8 or GB 18030; YAML or JSON).
    public static func read(contentsOf url: URL) throws(InputError) -> [ChangeOperation] {
        try parse(YAMLValue.read(contentsOf: url))
    }

    /// Parses CHANGES text (YAML, or JSON, which is read as YAML).
    public static func parse(_ text: String, file: String) throws(InputError) -> [ChangeOperation] {
        try parse(YAMLValue.parse(text, file: file))
    }

    static func parse(_ document: YAMLValue) throws(InputError) -> [ChangeOperation] {
        guard document.isSequence else {
            throw document.error(
                "must be a list of changes, one per line starting with '- ', e.g. - {op: cancel, attendee: A0123}")
        }
        var operations: [ChangeOperation] = []
        for (offset, item) in try document.sequence().enumerated() {
            operations.append(try operation(item, source: ChangeSource(position: offset + 1, line: item.line)))
        }
        return operations
    }

    static func operation(_ item: YAMLValue, source: ChangeSource) throws(InputError) -> ChangeOperation {
        guard item.isMapping else {
            throw item.error("each change must be a mapping such as {op: cancel, attendee: A0123}")
        }
        let name = try opName(item)
        guard let allowed = keys[name] else {
            let hint =
                SpellingSuggestion.closest(to: name, among: ChangeOperation.names).map { "did you mean '\($0)'? " }
                ?? ""
            throw (try item.entries().first { $0.key == "op" }?.value ?? item)
                .error(
                    "unknown operation '\(name)'; \(hint)Use one of \(ChangeOperation.names.joined(separator: ", "))")
        }
        let change = try item.mapping(allowedKeys: ["op"] + allowed)
        switch name {
        case "cancel":
            return .cancel(attendee: try change.required("attendee").identifier(), at: source)
        case "add":
            return .add(try ChangeFields.attendee(try change.required("attendee")), at: source)
        case "substitute":
            return .substitute(
                attendee: try change.required("attendee").identifier(),
                by: try ChangeFields.substitute(try change.required("by")), at: source)
        case "block_seat":
            return .blockSeat(seat: try change.required("seat").identifier(), at: source)
        case "pin":
            return .pin(
                attendee: try change.required("attendee").identifier(), seat: try change.required("seat").identifier(),
                at: source)
        default:
            return .setRole(
                attendee: try change.required("attendee").identifier(),
                role: try change.required("role").choice(Role.self),
                precedence: try change.present("precedence")?.integer(in: ChangeFields.precedenceRange), at: source)
        }
    }

    /// The `op` of a change, read before the other keys so they can be checked against it.
    private static func opName(_ item: YAMLValue) throws(InputError) -> String {
        guard let value = try item.entries().first(where: { $0.key == "op" })?.value else {
            let field = item.path.isEmpty ? "op" : "\(item.path).op"
            throw InputError(
                file: item.file, line: item.line, field: field,
                "is missing; say what the change does: \(ChangeOperation.names.joined(separator: ", "))")
        }
        return try value.string()
    }
}
