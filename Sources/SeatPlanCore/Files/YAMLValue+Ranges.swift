import Foundation

extension YAMLValue {
    /// A set of whole numbers written as `5`, `"1-18"`, `"1-5, 8, 10-12"` or a list of those,
    /// in the order written. Every number must lie in `range`.
    public func numberList(in range: ClosedRange<Int> = 1...100_000) throws(InputError) -> [Int] {
        let parts: [YAMLValue]
        if isSequence { parts = try sequence() } else { parts = [self] }
        var numbers: [Int] = []
        for part in parts {
            for piece in try part.string().split(separator: ",") {
                numbers += try part.numberRange(String(piece).trimmingCharacters(in: .whitespaces), in: range)
            }
        }
        return numbers
    }

    /// `"7"` → [7], `"1-18"` (or 1–18, 1~18) → 1...18.
    func numberRange(_ text: String, in range: ClosedRange<Int>) throws(InputError) -> [Int] {
        let bounds = text.split(whereSeparator: { $0 == "-" || $0 == "–" || $0 == "~" })
            .map { Int($0.trimmingCharacters(in: .whitespaces)) }
        switch bounds.count {
        case 1:
            guard let value = bounds[0] else { throw error("'\(text)' is not a number or a range like 1-18") }
            guard range.contains(value) else {
                throw error("\(value) is out of range; it must be between \(range.lowerBound) and \(range.upperBound)")
            }
            return [value]
        case 2:
            guard let low = bounds[0], let high = bounds[1] else { throw error("'\(text)' is not a range like 1-18") }
            guard low <= high else { throw error("range '\(text)' runs backwards; write \(high)-\(low)") }
            guard range.contains(low), range.contains(high) else {
                throw error(
                    "range '\(text)' is out of range; numbers must be between \(range.lowerBound) and "
                        + "\(range.upperBound)"
                )
            }
            return Array(low...high)
        default:
            throw error("'\(text)' is not a number or a range like 1-18")
        }
    }

    /// A list of strings (a single string counts as a list of one).
    public func stringList() throws(InputError) -> [String] {
        if isSequence {
            var strings: [String] = []
            for item in try sequence() { strings.append(try item.string()) }
            return strings
        }
        return [try string()]
    }

    /// A point written as `{x: 0, y: 30}`.
    public func point() throws(InputError) -> FloorPoint {
        let mapping = try self.mapping(allowedKeys: ["x", "y"])
        return FloorPoint(x: try mapping.required("x").number(), y: try mapping.required("y").number())
    }
}
