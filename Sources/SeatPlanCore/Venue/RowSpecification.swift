import Foundation

/// Reads a floor's `rows:` list, whose items are compact strings or mappings:
///
/// - `"1-18: 8|14|8"`: rows 1 to 18, each with 8, 14 and 8 seats in the three blocks;
/// - `"20 rows of 12|20|12 seats"` or `"20 rows: 12|20|12"`: the next 20 rows;
/// - `{rows: 1-18, seats: 8|14|8}` or `{count: 20, seats: [12, 20, 12]}`.
enum RowSpecification {
    static func parseRows(_ value: YAMLValue) throws(InputError) -> [HallRow] {
        var rows: [HallRow] = []
        let items = try value.sequence()
        guard !items.isEmpty else { throw value.error("must list at least one row, e.g. \"1-18: 8|14|8\"") }
        for item in items {
            let next = (rows.last?.number ?? 0) + 1
            let (numbers, seats) = try parseItem(item, nextRow: next)
            guard seats.contains(where: { $0 > 0 }) else { throw item.error("a row needs at least one seat") }
            for number in numbers {
                if let earlier = rows.first(where: { $0.number == number }) {
                    throw item.error("row \(number) is already defined on line \(earlier.line ?? 0)")
                }
                rows.append(HallRow(number: number, seatsPerBlock: seats, line: item.line))
            }
        }
        return rows.sorted { $0.number < $1.number }
    }

    private static func parseItem(_ item: YAMLValue, nextRow: Int) throws(InputError) -> ([Int], [Int]) {
        if item.isMapping {
            let mapping = try item.mapping(allowedKeys: ["rows", "count", "seats"])
            let seats = try parseSeats(try mapping.required("seats"))
            if let rows = mapping["rows"] { return (try rows.numberList(in: 1...999), seats) }
            let count = try mapping.required("count").integer(in: 1...999)
            return (Array(nextRow..<(nextRow + count)), seats)
        }
        let text = try item.string()
        let compact = text.replacingOccurrences(of: " seats", with: "").replacingOccurrences(of: "seats", with: "")
        if let (count, seats) = rowCount(compact) {
            guard count >= 1 else { throw item.error("'\(text)' needs a row count of at least 1") }
            return (Array(nextRow..<(nextRow + count)), try parseSeatText(seats, at: item))
        }
        let parts = compact.split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else {
            throw item.error(
                "'\(text)' is not a row; write \"1-18: 8|14|8\" (rows: seats per block) or \"20 rows of 12|20|12 "
                    + "seats\""
            )
        }
        let numbers = try item.numberRange(parts[0].trimmingCharacters(in: .whitespaces), in: 1...999)
        return (numbers, try parseSeatText(String(parts[1]), at: item))
    }

    /// "20 rows of 12|20|12" or "20 row: 12|20|12" → (20, "12|20|12"); `nil` for any other text.
    /// (By hand: a regular expression is compiled again on every call.)
    static func rowCount(_ text: String) -> (Int, String)? {
        var rest = Substring(text).drop { $0.isWhitespace }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let count = Int(digits) else { return nil }
        rest = rest.dropFirst(digits.count).drop { $0.isWhitespace }
        guard rest.hasPrefix("row") else { return nil }
        rest = rest.dropFirst(3)
        if rest.hasPrefix("s") { rest = rest.dropFirst() }
        rest = rest.drop { $0.isWhitespace }
        if rest.hasPrefix("of") {
            rest = rest.dropFirst(2)
        } else if rest.hasPrefix(":") {
            rest = rest.dropFirst()
        } else {
            return nil
        }
        let seats = rest.drop { $0.isWhitespace }
        return seats.isEmpty ? nil : (count, String(seats))
    }

    private static func parseSeats(_ value: YAMLValue) throws(InputError) -> [Int] {
        if value.isSequence {
            var counts: [Int] = []
            for item in try value.sequence() { counts.append(try item.integer(in: 0...500)) }
            return counts
        }
        return try parseSeatText(try value.string(), at: value)
    }

    /// "8|14|8" → [8, 14, 8]; every count 0…500.
    private static func parseSeatText(_ text: String, at value: YAMLValue) throws(InputError) -> [Int] {
        var counts: [Int] = []
        for piece in text.split(separator: "|", omittingEmptySubsequences: false) {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard let count = Int(trimmed) else {
                throw value.error(
                    "'\(trimmed)' in '\(text.trimmingCharacters(in: .whitespaces))' is not a seat count; write counts "
                        + "per block like 8|14|8"
                )
            }
            guard (0...500).contains(count) else {
                throw value.error("\(count) seats in a block is out of range; use 0 to 500")
            }
            counts.append(count)
        }
        return counts
    }
}
