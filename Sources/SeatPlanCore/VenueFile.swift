import Foundation

/// Reads venue files (YAML).
///
/// ```yaml
/// name: 市会议中心大礼堂
/// rostrum:
///   front_y: -2.5     # metres from the stage edge to the front rostrum row
///   row_depth: 1.2    # metres between rostrum rows
///   spacing: 0.9      # metres between chair centres (per row: rows[n].spacing)
///   rows:
///     - seats: 9
///     - seats: 11
/// ```
public enum VenueFile {
    /// Reads and validates a venue file.
    public static func read(contentsOf url: URL) throws(InputError) -> Venue {
        try parse(YAMLValue.read(contentsOf: url))
    }

    /// Parses and validates venue YAML text.
    public static func parse(_ text: String, file: String) throws(InputError) -> Venue {
        try parse(YAMLValue.parse(text, file: file))
    }

    static func parse(_ document: YAMLValue) throws(InputError) -> Venue {
        let root = try document.mapping(allowedKeys: ["name", "rostrum"])
        let name = try root.required("name").string()
        let rostrum = try root["rostrum"].map { (value) throws(InputError) in try parseRostrum(value) }
        return Venue(name: name, rostrum: rostrum, source: document.file)
    }

    private static func parseRostrum(_ value: YAMLValue) throws(InputError) -> Rostrum {
        let rostrum = try value.mapping(allowedKeys: ["front_y", "row_depth", "spacing", "rows"])
        let frontY = try rostrum["front_y"]?.number(in: -100...(-0.1)) ?? -2.5
        let rowDepth = try rostrum["row_depth"]?.number(in: 0.3...10) ?? 1.2
        let spacing = try rostrum["spacing"]?.number(in: 0.3...5) ?? 0.9
        let rowValues = try rostrum.required("rows").sequence()
        guard !rowValues.isEmpty else { throw try rostrum.required("rows").error("must list at least one row") }
        var rows: [RostrumRow] = []
        for (offset, rowValue) in rowValues.enumerated() {
            let row = try rowValue.mapping(allowedKeys: ["seats", "spacing"])
            let seats = try row.required("seats").integer(in: 1...500)
            let rowSpacing = try row["spacing"]?.number(in: 0.3...5) ?? spacing
            rows.append(RostrumRow(
                number: offset + 1, capacity: seats, spacing: rowSpacing, y: frontY - Double(offset) * rowDepth))
        }
        return Rostrum(rows: rows)
    }
}
