import Foundation

/// Reads venue files (YAML). The format is documented in the README ("Venue files"); in short:
///
/// ```yaml
/// name: 市会议中心大礼堂
/// rostrum: {rows: [{seats: 9}, {seats: 11}]}
/// hall:
///   floors:
///     - {floor: 1, front: 3.5, blocks: [左区, 中区, 右区], rows: ["1-18: 8|14|8"]}
///   zones:
///     - {name: leaders, floor: 1, rows: 1-2, blocks: [中区]}
/// door: {x: 0, y: 30}          # banquet rooms and boardrooms
/// main_table: 主桌
/// tables:
///   - {name: 主桌, shape: round, seats: 16, x: 0, y: 4}
/// rooms:
///   - {name: 第一讨论室, capacity: 30}
/// ```
public enum VenueFile {
    static let rootKeys = ["name", "name_en", "rostrum", "hall", "door", "main_table", "tables", "rooms"]

    /// Reads and validates a venue file.
    public static func read(contentsOf url: URL) throws(InputError) -> Venue {
        try parse(YAMLValue.read(contentsOf: url))
    }

    /// Parses and validates venue YAML text.
    public static func parse(_ text: String, file: String) throws(InputError) -> Venue {
        try parse(YAMLValue.parse(text, file: file))
    }

    static func parse(_ document: YAMLValue) throws(InputError) -> Venue {
        let root = try document.mapping(allowedKeys: rootKeys)
        let name = try root.required("name").string()
        let englishName = try root["name_en"]?.string()
        let rostrum = try root["rostrum"].map { (value) throws(InputError) in try parseRostrum(value) }
        let hall = try root["hall"].map { (value) throws(InputError) in try HallSection.parse(value) }
        let tables = try TableSection.parse(root)
        let rooms = try root["rooms"].map { (value) throws(InputError) in try parseRooms(value) } ?? []
        guard rostrum != nil || hall != nil || tables != nil || !rooms.isEmpty else {
            throw document.error("describes no seats; add a rostrum, hall, tables or rooms section")
        }
        var seats: [Seat] = []
        if let hall { seats += try HallSeats.build(hall, file: document.file) }
        if let tables { seats += TableExpansion.seats(of: tables) }
        return Venue(
            name: name, englishName: englishName, rostrum: rostrum, hall: hall, tables: tables, rooms: rooms,
            seats: seats, source: document.file)
    }

    private static func parseRostrum(_ value: YAMLValue) throws(InputError) -> Rostrum {
        let rostrum = try value.mapping(allowedKeys: ["front_y", "row_depth", "spacing", "rows", "entrance"])
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
            rows.append(
                RostrumRow(
                    number: offset + 1, capacity: seats, spacing: rowSpacing, y: frontY - Double(offset) * rowDepth))
        }
        return Rostrum(rows: rows, entrance: try rostrum["entrance"]?.string())
    }

    private static func parseRooms(_ value: YAMLValue) throws(InputError) -> [Room] {
        var rooms: [Room] = []
        for item in try value.sequence() {
            let room = try item.mapping(allowedKeys: ["name", "capacity", "floor"])
            let name = try room.required("name").string()
            if rooms.contains(where: { $0.name == name }) {
                throw try room.required("name").error("room '\(name)' is listed twice; room names must be unique")
            }
            rooms.append(
                Room(
                    name: name, capacity: try room.required("capacity").integer(in: 1...10_000),
                    floor: try room["floor"]?.integer(in: -5...200)))
        }
        return rooms
    }
}
