import Foundation

/// Reads the `hall:` section of a venue file.
enum HallSection {
    /// Settings a floor inherits from the hall unless it sets its own.
    struct Defaults {
        var seatWidth = 0.55
        var rowDepth = 0.95
        var aisleWidth = 1.2
        var numbering = SeatNumbering.oddEven
        var oddSide = Side.right
        var curveRadius: Double?
        var stagger = false
        /// The entrance (入口) printed on passes for the floor's seats, when the file names one.
        var entrance: String?
    }

    static let defaultKeys = [
        "seat_width", "row_depth", "aisle_width", "numbering", "odd_side", "curve", "stagger", "entrance",
    ]

    static func parse(_ value: YAMLValue) throws(InputError) -> Hall {
        let hall = try value.mapping(allowedKeys: ["floors", "zones", "unavailable"] + defaultKeys)
        let defaults = try readDefaults(hall, inherited: Defaults())
        let floorValues = try hall.required("floors").sequence()
        guard !floorValues.isEmpty else { throw try hall.required("floors").error("must list at least one floor") }
        var floors: [HallFloor] = []
        for floorValue in floorValues {
            let floor = try parseFloor(floorValue, defaults: defaults)
            if floors.contains(where: { $0.number == floor.number }) {
                throw floorValue.error("floor \(floor.number) is described twice")
            }
            floors.append(floor)
        }
        floors.sort { $0.number < $1.number }
        var zones: [ZoneSelector] = []
        for item in try hall["zones"]?.sequence() ?? [] {
            zones.append(try parseSelector(item, extraKeys: ["name"]))
        }
        var unavailable: [UnavailableSeats] = []
        for item in try hall["unavailable"]?.sequence() ?? [] {
            let selector = try parseSelector(item, extraKeys: ["reason"])
            let reason = try item.mapping(allowedKeys: selectorKeys + ["reason"]).required("reason").string()
            unavailable.append(UnavailableSeats(selector: selector, reason: reason))
        }
        return Hall(floors: floors, zones: zones, unavailable: unavailable)
    }

    private static func readDefaults(_ mapping: YAMLMapping, inherited: Defaults) throws(InputError) -> Defaults {
        var defaults = inherited
        if let value = mapping["seat_width"] { defaults.seatWidth = try value.number(in: 0.4...2) }
        if let value = mapping["row_depth"] { defaults.rowDepth = try value.number(in: 0.6...5) }
        if let value = mapping["aisle_width"] { defaults.aisleWidth = try value.number(in: 0.5...20) }
        if let value = mapping["numbering"] { defaults.numbering = try value.choice(SeatNumbering.self) }
        if let value = mapping["odd_side"] { defaults.oddSide = try value.choice(Side.self) }
        if let value = mapping["curve"] { defaults.curveRadius = try value.number(in: 5...1000) }
        if let value = mapping["stagger"] { defaults.stagger = try value.boolean() }
        if let value = mapping["entrance"] { defaults.entrance = try value.string() }
        return defaults
    }

    private static func parseFloor(_ value: YAMLValue, defaults inherited: Defaults) throws(InputError) -> HallFloor {
        let floor = try value.mapping(
            allowedKeys: ["floor", "name", "front", "blocks", "rows", "entrances"] + defaultKeys)
        let number = try floor.required("floor").integer(in: 1...20)
        let defaults = try readDefaults(floor, inherited: inherited)
        let rowsValue = try floor.required("rows")
        let rows = try RowSpecification.parseRows(rowsValue)
        let blockCount = rows.first?.seatsPerBlock.count ?? 0
        let blocks = try floor["blocks"]?.stringList() ?? defaultBlockNames(blockCount)
        if Set(blocks).count != blocks.count, let blocksValue = floor["blocks"] {
            throw blocksValue.error("block names must be unique")
        }
        for row in rows where row.seatsPerBlock.count != blocks.count {
            throw InputError(
                file: value.file, line: row.line, field: "\(rowsValue.path)",
                "row \(row.number) gives seats for \(row.seatsPerBlock.count) blocks but the floor has \(blocks.count) "
                    + "(\(blocks.joined(separator: ", "))); write one count per block, e.g. "
                    + "\(Array(repeating: "8", count: blocks.count).joined(separator: "|"))"
            )
        }
        let hallFloor = HallFloor(
            number: number, name: try floor["name"]?.string() ?? ChineseNumerals.floorName(number), blocks: blocks,
            rows: rows, front: try floor["front"]?.number(in: 0.5...500) ?? 3.0, rowDepth: defaults.rowDepth,
            seatWidth: defaults.seatWidth, aisleWidth: defaults.aisleWidth, curveRadius: defaults.curveRadius,
            stagger: defaults.stagger, numbering: defaults.numbering, oddSide: defaults.oddSide,
            entrance: defaults.entrance,
            blockEntrances: try floor["entrances"].map { (value) throws(InputError) in
                try parseBlockEntrances(value, blocks: blocks, floor: number)
            } ?? [:])
        if let radius = hallFloor.curveRadius {
            let halfWidth = floorWidth(hallFloor) / 2
            let reach = radius + hallFloor.front
            if halfWidth > reach * Double.pi / 2 {
                throw (floor["curve"] ?? value).error(
                    "a curve radius of \(radius) m bends the \(Int(halfWidth * 2)) m wide front row round more than a "
                        + "half circle; use at least "
                        + "\(Int((halfWidth * 2 / Double.pi - hallFloor.front).rounded(.up))) m"
                )
            }
        }
        return hallFloor
    }

    /// Reads a floor's `entrances: {中区: 南门, …}`: block name → entrance; every key must be a block.
    private static func parseBlockEntrances(_ value: YAMLValue, blocks: [String], floor: Int) throws(InputError)
        -> [String: String]
    {
        var entrances: [String: String] = [:]
        for (block, entrance) in try value.entries() {
            guard blocks.contains(block) else {
                throw entrance.error(
                    "names block '\(block)', but floor \(floor) has the blocks \(blocks.joined(separator: ", "))")
            }
            entrances[block] = try entrance.string()
        }
        return entrances
    }

    /// The width of a floor's widest extent: all blocks at their widest plus the aisles.
    static func floorWidth(_ floor: HallFloor) -> Double {
        let capacities = floor.blocks.indices.map { block in floor.rows.map { $0.seatsPerBlock[block] }.max() ?? 0 }
        return Double(capacities.reduce(0, +)) * floor.seatWidth + Double(max(0, floor.blocks.count - 1))
            * floor.aisleWidth
    }

    private static func defaultBlockNames(_ count: Int) -> [String] {
        switch count {
        case 1: ["中区"]
        case 2: ["左区", "右区"]
        case 3: ["左区", "中区", "右区"]
        default: (1...max(1, count)).map { "\($0)区" }
        }
    }

    static let selectorKeys = ["floor", "rows", "blocks", "seats"]

    private static func parseSelector(_ value: YAMLValue, extraKeys: [String]) throws(InputError) -> ZoneSelector {
        let mapping = try value.mapping(allowedKeys: selectorKeys + extraKeys)
        let name = try (mapping["name"] ?? mapping["reason"])?.string() ?? "unavailable"
        var seats: [String]?
        if let seatsValue = mapping["seats"] {
            seats = try seatsValue.stringList()
            for seat in seats ?? [] {
                let parts = seat.split(separator: "-")
                if parts.count != 2 || Int(parts[0]) == nil || parts[1].isEmpty {
                    throw seatsValue.error("seat '\(seat)' must be written row-number, e.g. 3-15")
                }
            }
        }
        return ZoneSelector(
            name: name, floors: try mapping["floor"]?.numberList(in: 1...20), rows: try mapping["rows"]?.numberList(),
            blocks: try mapping["blocks"]?.stringList(), seats: seats, line: value.line)
    }
}
