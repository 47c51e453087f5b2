/// Builds a hall's final seats: expands every floor, then applies zones and unavailable seats,
/// checking that every selector names rows, blocks and seats that exist.
enum HallSeats {
    /// The start of a row's seat ids and labels: `h1-3-`, `一楼 3排`, `Floor 1, Row 3, Seat `.
    private typealias RowText = (floor: Int, row: Int, id: String, label: String, english: String)

    static func build(_ hall: Hall, file: String) throws(InputError) -> [Seat] {
        let placed = hall.floors.flatMap(HallExpansion.seats(of:))
        for selector in hall.zones + hall.unavailable.map(\.selector) {
            try check(selector, against: hall, placed: placed, file: file)
        }
        // Selectors without a seat list depend on the floor, row and block only: work them out
        // once per block row (seats come block row by block row). A seat that a seat list
        // names (rare) is worked out on its own.
        let seatLists = (hall.zones + hall.unavailable.map(\.selector)).filter { $0.seats != nil }
        var shared: (floor: Int, row: Int, block: String, zones: [String], reason: String?)?
        // Ids and labels share their beginning along a row.
        var rowText: RowText?
        return placed.map { seat in
            let key = seatLists.isEmpty ? "" : "\(seat.row)-\(seat.number)"
            let named = seatLists.contains { matches($0, seat, key: key) }
            let zones: [String]
            let reason: String?
            if !named, let last = shared, last.floor == seat.floor, last.row == seat.row, last.block == seat.block {
                (zones, reason) = (last.zones, last.reason)
            } else {
                zones = hall.zones.filter { matches($0, seat, key: key) }.map(\.name).uniqued()
                reason = hall.unavailable.first { matches($0.selector, seat, key: key) }?.reason
                if !named { shared = (seat.floor, seat.row, seat.block, zones, reason) }
            }
            let text: RowText
            if let current = rowText, current.floor == seat.floor, current.row == seat.row {
                text = current
            } else {
                text = (
                    seat.floor, seat.row, "h\(seat.floor)-\(seat.row)-", "\(seat.floorName) \(seat.row)排",
                    "Floor \(seat.floor), Row \(seat.row), Seat "
                )
                rowText = text
            }
            return Seat(
                id: text.id + seat.number, area: .hall, label: text.label + seat.number + "号",
                englishLabel: text.english + seat.number,
                floor: seat.floor, row: seat.row, number: seat.number, block: seat.block,
                table: nil, position: nil, zones: zones, unavailableReason: reason, x: seat.x, y: seat.y)
        }
    }

    /// Whether the selector takes in the seat, whose "row-number" is `key`.
    static func matches(_ selector: ZoneSelector, _ seat: HallExpansion.PlacedSeat, key: String) -> Bool {
        if let floors = selector.floors, !floors.contains(seat.floor) { return false }
        if let seats = selector.seats { return seats.contains(key) }
        if let rows = selector.rows, !rows.contains(seat.row) { return false }
        if let blocks = selector.blocks, !blocks.contains(seat.block) { return false }
        return true
    }

    /// A selector that names a floor, row, block or seat the hall does not have is a mistake.
    private static func check(
        _ selector: ZoneSelector, against hall: Hall, placed: [HallExpansion.PlacedSeat], file: String
    ) throws(InputError) {
        func fail(_ message: String) -> InputError {
            InputError(file: file, line: selector.line, field: selector.name, message)
        }
        let floors = hall.floors.filter { selector.floors?.contains($0.number) ?? true }
        for number in selector.floors ?? [] where !hall.floors.contains(where: { $0.number == number }) {
            throw fail(
                "names floor \(number), but the hall has floors "
                    + "\(hall.floors.map { String($0.number) }.joined(separator: ", "))"
            )
        }
        let rowNumbers = Set(floors.flatMap { $0.rows.map(\.number) })
        for row in selector.rows ?? [] where !rowNumbers.contains(row) {
            throw fail(
                "names row \(row), but \(describe(floors)) \(floors.count == 1 ? "has" : "have") rows "
                    + "\(ranges(rowNumbers.sorted()))"
            )
        }
        let blockNames = Set(floors.flatMap(\.blocks))
        for block in selector.blocks ?? [] where !blockNames.contains(block) {
            throw fail(
                "names block '\(block)', but \(describe(floors)) \(floors.count == 1 ? "has" : "have") blocks "
                    + "\(floors.flatMap(\.blocks).uniqued().joined(separator: ", "))"
            )
        }
        if let seats = selector.seats {
            func exists(_ name: String) -> Bool {
                let parts = name.split(separator: "-", maxSplits: 1)
                guard parts.count == 2, let row = Int(parts[0]) else { return false }
                return placed.contains { seat in
                    seat.row == row && seat.number == parts[1] && (selector.floors?.contains(seat.floor) ?? true)
                }
            }
            for seat in seats where !exists(seat) {
                throw fail("names seat '\(seat)' (row-number), which \(describe(floors)) does not have")
            }
        }
    }

    private static func describe(_ floors: [HallFloor]) -> String {
        floors.count == 1
            ? "floor \(floors[0].number)" : "floors \(floors.map { String($0.number) }.joined(separator: ", "))"
    }

    /// "1–18" or "1–12, 14–20".
    static func ranges(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < numbers.count {
            var end = index
            while end + 1 < numbers.count, numbers[end + 1] == numbers[end] + 1 { end += 1 }
            parts.append(end == index ? "\(numbers[index])" : "\(numbers[index])–\(numbers[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, in first-seen order.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
