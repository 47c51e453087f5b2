import Foundation

/// Reads the `door`, `main_table` and `tables` keys of a venue file (banquet rooms, boardrooms).
///
/// A table item is either one table, `{name: 主桌, shape: round, seats: 16, x: 0, y: 4}`
/// (`diameter` for round tables, `length` and `width` for rect and oval ones), or a grid of
/// equal tables, `{grid: 5x8, seats: 10, x: 0, y: 9, spacing: 3.2, first: 1}`, named
/// first, first+1, … in order of precedence (B3.1), so 1号桌 is the most honoured after the main table.
enum TableSection {
    static func parse(_ root: YAMLMapping) throws(InputError) -> TableLayout? {
        guard let tablesValue = root["tables"] else {
            for key in ["door", "main_table"] {
                if let value = root[key] {
                    throw value.error("is only used with tables; add a tables list or remove it")
                }
            }
            return nil
        }
        guard let doorValue = root["door"] else {
            throw InputError(
                file: tablesValue.file, line: tablesValue.line, field: "door",
                "is missing; tables need the door's position ({x: …, y: …}), which fixes where each host sits")
        }
        let door = try doorValue.point()
        var tables: [Table] = []
        var grids: [(tables: [Table], first: Int, item: YAMLValue)] = []
        for item in try tablesValue.sequence() {
            let mapping = try item.mapping(allowedKeys: [
                "name", "shape", "seats", "x", "y", "diameter", "length", "width", "grid", "spacing", "first",
            ])
            if mapping["grid"] != nil {
                grids.append(
                    try parseGrid(mapping, item: item, count: tables.count + grids.reduce(0) { $0 + $1.tables.count }))
            } else {
                tables.append(try parseTable(mapping, item: item))
            }
        }
        guard !tables.isEmpty || !grids.isEmpty else { throw tablesValue.error("must list at least one table") }
        let mainValue = root["main_table"]
        let mainName = try mainValue?.string() ?? (tables.count == 1 && grids.isEmpty ? tables[0].name : nil)
        guard let mainName else {
            throw InputError(
                file: tablesValue.file, line: tablesValue.line, field: "main_table",
                "is missing; name the main table (主桌), e.g. main_table: 主桌")
        }
        guard let main = tables.first(where: { $0.name == mainName }) else {
            let names = tables.map(\.name).joined(separator: ", ")
            throw (mainValue ?? tablesValue).error(
                "names table '\(mainName)', which is not listed\(names.isEmpty ? "" : " (tables: \(names))"); the main "
                    + "table must be a single table, not part of a grid"
            )
        }
        for grid in grids {
            // Name grid tables by precedence relative to the main table.
            let ordered = TablePrecedence.orderedTables(
                TableLayout(tables: [main] + grid.tables, mainTable: main.name, door: door)
            )
            .filter { $0.name != main.name }
            for (offset, var table) in ordered.enumerated() {
                table.name = String(grid.first + offset)
                tables.append(table)
            }
        }
        var seen: [String: Int] = [:]
        for table in tables {
            if let line = seen[table.name] {
                throw InputError(
                    file: tablesValue.file, line: table.line, field: "tables",
                    "table name '\(table.name)' is already used on line \(line); table names must be unique")
            }
            seen[table.name] = table.line ?? 0
        }
        try checkSpacing(tables, file: tablesValue.file)
        return TableLayout(tables: tables, mainTable: mainName, door: door)
    }

    private static func parseTable(_ mapping: YAMLMapping, item: YAMLValue) throws(InputError) -> Table {
        for key in ["spacing", "first"] where mapping[key] != nil {
            throw (mapping[key] ?? item).error("is only used with grid:")
        }
        let shape = try mapping["shape"]?.choice(TableShape.self) ?? .round
        let seats = try mapping.required("seats").integer(in: 2...60)
        let (length, width) = try size(mapping, shape: shape, seats: seats, item: item)
        return Table(
            name: try mapping.required("name").string(), shape: shape, seats: seats,
            centre: FloorPoint(x: try mapping.required("x").number(), y: try mapping.required("y").number()),
            length: length, width: width, line: item.line)
    }

    private static func parseGrid(_ mapping: YAMLMapping, item: YAMLValue, count: Int) throws(InputError) -> (
        tables: [Table], first: Int, item: YAMLValue
    ) {
        if let name = mapping["name"] {
            throw name.error("grid tables are named by number; use first: to choose the first number")
        }
        let gridValue = try mapping.required("grid")
        let dimensions = try gridValue.string().lowercased().split(whereSeparator: { $0 == "x" || $0 == "×" })
            .map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard dimensions.count == 2, let rows = dimensions[0], let columns = dimensions[1], rows >= 1, columns >= 1,
            rows * columns <= 500
        else {
            throw gridValue.error("must be ROWSxCOLUMNS, e.g. 5x8, with at most 500 tables")
        }
        let shape = try mapping["shape"]?.choice(TableShape.self) ?? .round
        let seats = try mapping.required("seats").integer(in: 2...60)
        let (length, width) = try size(mapping, shape: shape, seats: seats, item: item)
        let spacing =
            try mapping["spacing"]?.number(in: 1...50) ?? max(length, width) + 2 * TableExpansion.seatOffset + 0.9
        let front = try mapping.required("y").number()
        let centreX = try mapping["x"]?.number() ?? 0
        var tables: [Table] = []
        for row in 0..<rows {
            for column in 0..<columns {
                let x = centreX + (Double(column) - Double(columns - 1) / 2) * spacing
                tables.append(
                    Table(
                        name: "grid\(count + tables.count)", shape: shape, seats: seats,
                        centre: FloorPoint(x: x, y: front + Double(row) * spacing), length: length, width: width,
                        line: item.line))
            }
        }
        return (tables, try mapping["first"]?.integer(in: 1...10_000) ?? 1, item)
    }

    /// A table's extent: `diameter` for round tables (default: enough edge for its seats),
    /// `length` and `width` for rect and oval ones.
    private static func size(_ mapping: YAMLMapping, shape: TableShape, seats: Int, item: YAMLValue) throws(InputError)
        -> (Double, Double)
    {
        switch shape {
        case .round:
            for key in ["length", "width"] where mapping[key] != nil {
                throw (mapping[key] ?? item).error("round tables take diameter:, not \(key):")
            }
            let comfortable = max(1.2, Double(seats) * 0.62 / Double.pi - 2 * TableExpansion.seatOffset)
            let diameter = try mapping["diameter"]?.number(in: 0.6...10) ?? (comfortable * 10).rounded(.up) / 10
            return (diameter, diameter)
        case .rect, .oval:
            if let diameter = mapping["diameter"] {
                throw diameter.error("\(shape.rawValue) tables take length: and width:, not diameter:")
            }
            return (
                try mapping.required("length").number(in: 0.6...40), try mapping.required("width").number(in: 0.5...20)
            )
        }
    }

    /// Tables must not overlap, and each must have room for its seats.
    private static func checkSpacing(_ tables: [Table], file: String) throws(InputError) {
        for table in tables {
            let outline = TableExpansion.outline(of: table)
            let perimeter = outline.indices.reduce(0.0) {
                $0 + outline[$1].distance(to: outline[($1 + 1) % outline.count])
            }
            if perimeter / Double(table.seats) < 0.45 {
                throw InputError(
                    file: file, line: table.line, field: "tables",
                    "table '\(table.name)' has \(table.seats) seats but only \(String(format: "%.1f", perimeter)) m "
                        + "round it; seats would overlap — make it larger or give it fewer seats"
                )
            }
        }
        for (index, table) in tables.enumerated() {
            for other in tables[(index + 1)...] {
                let reach =
                    (max(table.length, table.width) + max(other.length, other.width)) / 2 + 2
                    * TableExpansion.seatOffset
                if table.centre.distance(to: other.centre) < reach {
                    throw InputError(
                        file: file, line: other.line, field: "tables",
                        "tables '\(table.name)' and '\(other.name)' overlap: their centres are "
                            + "\(String(format: "%.2f", table.centre.distance(to: other.centre))) m apart but need "
                            + "\(String(format: "%.2f", reach)) m with their seats"
                    )
                }
            }
        }
    }
}
