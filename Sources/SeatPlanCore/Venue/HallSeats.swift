/// Builds a hall's final seats: expands every floor, then applies zones and unavailable seats,
/// checking that every selector names rows, blocks and seats that exist.
enum HallSeats {
    static func build(_ hall: Hall, file: String) throws(InputError) -> [Seat] {
        let placed = hall.floors.flatMap(HallExpansion.seats(of:))
        for selector in hall.zones + hall.unavailable.map(\.selector) {
            try check(selector, against: hall, placed: placed, file: file)
        }
        return placed.map { seat in
            let zones = hall.zones.filter { matches($0, seat) }.map(\.name).uniqued()
            let reason = hall.unavailable.first { matches($0.selector, seat) }?.reason
            return Seat(
                id: "h\(seat.floor.number)-\(seat.row)-\(seat.number)", area: .hall,
                label: "\(seat.floor.name) \(seat.row)排\(seat.number)号",
                englishLabel: "Floor \(seat.floor.number), Row \(seat.row), Seat \(seat.number)",
                floor: seat.floor.number, row: seat.row, number: seat.number, block: seat.block,
                table: nil, position: nil, zones: zones, unavailableReason: reason, x: seat.x, y: seat.y)
        }
    }

    static func matches(_ selector: ZoneSelector, _ seat: HallExpansion.PlacedSeat) -> Bool {
        if let floors = selector.floors, !floors.contains(seat.floor.number) { return false }
        if let seats = selector.seats { return seats.contains("\(seat.row)-\(seat.number)") }
        if let rows = selector.rows, !rows.contains(seat.row) { return false }
        if let blocks = selector.blocks, !blocks.contains(seat.block) { return false }
        return true
    }

    /// A selector that names a floor, row, block or seat the hall does not have is a mistake.
    private static func check(_ selector: ZoneSelector, against hall: Hall, placed: [HallExpansion.PlacedSeat], file: String) throws(InputError) {
        func fail(_ message: String) -> InputError {
            InputError(file: file, line: selector.line, field: selector.name, message)
        }
        let floors = hall.floors.filter { selector.floors?.contains($0.number) ?? true }
        for number in selector.floors ?? [] where !hall.floors.contains(where: { $0.number == number }) {
            throw fail("names floor \(number), but the hall has floors \(hall.floors.map { String($0.number) }.joined(separator: ", "))")
        }
        let rowNumbers = Set(floors.flatMap { $0.rows.map(\.number) })
        for row in selector.rows ?? [] where !rowNumbers.contains(row) {
            throw fail("names row \(row), but \(describe(floors)) \(floors.count == 1 ? "has" : "have") rows \(ranges(rowNumbers.sorted()))")
        }
        let blockNames = Set(floors.flatMap(\.blocks))
        for block in selector.blocks ?? [] where !blockNames.contains(block) {
            throw fail("names block '\(block)', but \(describe(floors)) \(floors.count == 1 ? "has" : "have") blocks \(floors.flatMap(\.blocks).uniqued().joined(separator: ", "))")
        }
        if let seats = selector.seats {
            let existing = Set(placed.filter { seat in selector.floors?.contains(seat.floor.number) ?? true }.map { "\($0.row)-\($0.number)" })
            for seat in seats where !existing.contains(seat) {
                throw fail("names seat '\(seat)' (row-number), which \(describe(floors)) does not have")
            }
        }
    }

    private static func describe(_ floors: [HallFloor]) -> String {
        floors.count == 1 ? "floor \(floors[0].number)" : "floors \(floors.map { String($0.number) }.joined(separator: ", "))"
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
