import Foundation
import Yams

/// A YAML node together with where it came from, for strict, well-located reading of
/// hand-written files (venues, rules, changes): unknown keys, wrong types and out-of-range
/// values all become an ``InputError`` naming the file, line and key path.
public struct YAMLValue {
    /// The underlying node.
    let node: Node
    /// The file it was read from.
    public let file: String
    /// The key path from the document root, e.g. `rostrum.rows[1].seats`.
    public let path: String

    /// Parses a whole YAML document.
    public static func parse(_ text: String, file: String) throws(InputError) -> YAMLValue {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw InputError(file: file, "is empty")
            }
            return YAMLValue(node: node, file: file, path: "")
        } catch let error as InputError {
            throw error
        } catch let error as YamlError {
            throw Self.locate(error, text: text, file: file)
        } catch {
            throw InputError(file: file, "is not valid YAML: \(error)")
        }
    }

    /// Reads and parses a YAML file (UTF-8 or GB 18030).
    public static func read(contentsOf url: URL) throws(InputError) -> YAMLValue {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputError(file: url.path, "cannot be read: \(error.localizedDescription)")
        }
        guard let (text, _) = TextDecoding.decode(data) else {
            throw InputError(file: url.path, "is neither UTF-8 nor GB18030 text")
        }
        return try parse(text, file: url.path)
    }

    /// Whether this node is a list.
    public var isSequence: Bool {
        if case .sequence(_) = node { return true }
        return false
    }

    /// Whether this node is a mapping.
    public var isMapping: Bool {
        if case .mapping(_) = node { return true }
        return false
    }

    /// The 1-based line of this node.
    public var line: Int? { node.mark?.line }

    /// An error located at this node.
    public func error(_ message: String) -> InputError {
        InputError(file: file, line: line, field: path.isEmpty ? nil : path, message)
    }

    /// This node as a mapping whose keys must all be in `allowed`.
    public func mapping(allowedKeys allowed: [String]) throws(InputError) -> YAMLMapping {
        guard case .mapping(let mapping) = node else {
            throw error("must be a mapping of keys to values (key: value)")
        }
        var entries: [(key: String, value: YAMLValue)] = []
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? "\(keyNode)"
            let child = YAMLValue(node: valueNode, file: file, path: path.isEmpty ? key : "\(path).\(key)")
            guard allowed.contains(key) else {
                let location = YAMLValue(node: keyNode, file: file, path: child.path)
                let hint = SpellingSuggestion.closest(to: key, among: allowed).map { "; did you mean '\($0)'?" } ?? ""
                throw location.error("unknown key '\(key)'\(hint) Allowed here: \(allowed.joined(separator: ", "))")
            }
            if entries.contains(where: { $0.key == key }) {
                throw YAMLValue(node: keyNode, file: file, path: child.path).error("key '\(key)' is given twice")
            }
            entries.append((key, child))
        }
        return YAMLMapping(owner: self, entries: entries)
    }

    /// The key–value pairs of a mapping whose keys are free (ids, names), in file order.
    public func entries() throws(InputError) -> [(key: String, value: YAMLValue)] {
        guard case .mapping(let mapping) = node else { throw error("must be a mapping of keys to values (key: value)") }
        return mapping.map { keyNode, valueNode in
            let key = keyNode.string ?? "\(keyNode)"
            return (key, YAMLValue(node: valueNode, file: file, path: path.isEmpty ? key : "\(path).\(key)"))
        }
    }

    /// This node as a list.
    public func sequence() throws(InputError) -> [YAMLValue] {
        guard case .sequence(let sequence) = node else { throw error("must be a list (lines starting with '- ')") }
        return sequence.enumerated().map { YAMLValue(node: $0.element, file: file, path: "\(path)[\($0.offset + 1)]") }
    }

    /// This node as a non-empty string.
    public func string() throws(InputError) -> String {
        guard case .scalar(let scalar) = node else { throw error("must be a single value, not a list or mapping") }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw error("must not be empty") }
        return text
    }

    /// This node as an integer within `range`.
    public func integer(in range: ClosedRange<Int> = Int.min...Int.max) throws(InputError) -> Int {
        guard let value = Int(try string()) else { throw error("'\(try string())' is not a whole number") }
        guard range.contains(value) else { throw error("\(value) is out of range; it must be \(Self.describe(range))") }
        return value
    }

    /// This node as a finite number within `range`.
    public func number(in range: ClosedRange<Double> = -1e9...1e9) throws(InputError) -> Double {
        guard let value = Double(try string()), value.isFinite else { throw error("'\(try string())' is not a number") }
        guard range.contains(value) else {
            throw error("\(value) is out of range; it must be between \(range.lowerBound) and \(range.upperBound)")
        }
        return value
    }

    /// This node as one of an enumeration's raw values.
    public func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(InputError) -> T
    where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else {
            throw error("'\(text)' is not allowed; use one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// This node as a boolean (true/false, yes/no, on/off).
    public func boolean() throws(InputError) -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("'\(try string())' is not true or false")
        }
    }

    private static func describe(_ range: ClosedRange<Int>) -> String {
        if range.upperBound == Int.max { return "at least \(range.lowerBound)" }
        return "between \(range.lowerBound) and \(range.upperBound)"
    }

    private static func locate(_ error: YamlError, text: String, file: String) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return InputError(file: file, line: mark.line, "is not valid YAML: \(problem) (column \(mark.column))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            // Yams marks the mapping; point at the repeated key itself when it can be found.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let repeats = lines.indices.dropFirst(max(0, context.mark.line - 1)).filter { index in
                duplicates.contains { lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("\($0):") }
            }
            let line = repeats.count > 1 ? repeats[1] + 1 : context.mark.line
            return InputError(
                file: file, line: line, field: duplicates.first,
                "key \(keys) is given twice in the same mapping; keep one")
        default:
            return InputError(file: file, "is not valid YAML: \(error)")
        }
    }
}

/// A mapping whose keys have been checked against the allowed set.
public struct YAMLMapping {
    /// The mapping node itself, for errors about missing keys.
    public let owner: YAMLValue
    let entries: [(key: String, value: YAMLValue)]

    /// The value of `key`, or `nil` when absent.
    public subscript(key: String) -> YAMLValue? {
        entries.first { $0.key == key }?.value
    }

    /// The value of `key`, which must be present.
    public func required(_ key: String) throws(InputError) -> YAMLValue {
        guard let value = self[key] else {
            throw InputError(
                file: owner.file, line: owner.line, field: owner.path.isEmpty ? key : "\(owner.path).\(key)",
                "is missing")
        }
        return value
    }
}
