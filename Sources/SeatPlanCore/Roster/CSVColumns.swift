import Foundation

/// The columns a kind of CSV file is read by: the names it knows, in the order its
/// documentation writes them, and the ones every file must have.
///
/// Columns may come in any order in a file and other columns are ignored; header names are
/// matched without surrounding spaces and case.
public struct CSVColumns: Sendable {
    /// Every known column, in the documented order (messages list them so).
    public let names: [String]
    /// The columns a file must have, in the order missing ones are reported.
    public let required: [String]
    /// Whether U+FEFF (a byte-order mark, e.g. GB 18030's, that decoding kept) is dropped
    /// from header names before they are matched.
    public let dropsByteOrderMarksInHeader: Bool
    /// Other header names accepted for a known column (e.g. `姓名` for `name`), keyed in lower case.
    public let aliases: [String: String]

    /// Columns called `names`, of which `required` (all of them when `nil`) must be present;
    /// `aliases` maps other header names (e.g. Chinese ones) to known columns.
    public init(
        _ names: [String], required: [String]? = nil, dropsByteOrderMarksInHeader: Bool = false,
        aliases: [String: String] = [:]
    ) {
        self.names = names
        self.required = required ?? names
        self.dropsByteOrderMarksInHeader = dropsByteOrderMarksInHeader
        self.aliases = Dictionary(
            aliases.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The header a file is expected to start with: the known names joined by commas.
    public var expectedHeader: String { names.joined(separator: ",") }

    /// The other header names accepted for `column`, sorted.
    func aliases(of column: String) -> [String] {
        aliases.filter { $0.value == column }.map(\.key).sorted()
    }

    /// The known column a header field names, or `nil` for another column.
    func column(named raw: String) -> String? {
        var name = raw.trimmingCharacters(in: .whitespaces).lowercased()
        if dropsByteOrderMarksInHeader { name = name.replacingOccurrences(of: "\u{FEFF}", with: "") }
        if names.contains(name) { return name }
        return aliases[name]
    }
}
