extension String {
    /// The text without leading and trailing white space and line breaks: exactly what
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives (the Unicode White_Space
    /// characters and U+200B, scalar by scalar), without going through `NSString`: a roster of
    /// thousands of rows trims tens of thousands of fields, nearly all of them already clean.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !Self.isTrimmed(first), !Self.isTrimmed(last) { return self }
        guard let start = scalars.firstIndex(where: { !Self.isTrimmed($0) }),
            let end = scalars.lastIndex(where: { !Self.isTrimmed($0) })
        else { return "" }
        return String(Substring(scalars[start...end]))
    }

    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.value == 0x200B
    }
}
