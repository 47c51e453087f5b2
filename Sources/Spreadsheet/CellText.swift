/// Turns cell values as stored in a worksheet into the text a person sees.
enum CellText {
    /// A number as written, whole numbers without a fraction: `3.0` → `3`, `1E+3` → `1000`,
    /// `2.5` stays `2.5`. Text that is not a number is returned unchanged.
    static func number(_ raw: String) -> String {
        let text = raw.trimmingSpaces
        guard let value = Double(text), value.isFinite else { return text }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return text
    }

    /// A boolean cell: `1` → `TRUE`, `0` → `FALSE`.
    static func boolean(_ raw: String) -> String {
        switch raw.trimmingSpaces {
        case "1", "true": "TRUE"
        case "0", "false": "FALSE"
        default: raw
        }
    }

    /// Decodes the `_xHHHH_` escapes OOXML uses for characters XML cannot hold (e.g. `_x000D_`).
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
                let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                result.append(scalar)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }
}

extension String {
    /// The text without leading and trailing ASCII spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
