/// How names are set in lists, on cards and in charts (protocol §5).
public enum NameTypography {
    /// The ideographic space (U+3000) placed between the characters of a two-character name.
    public static let ideographicSpace: Character = "\u{3000}"

    /// The name as printed in lists, charts and on cards: a two-character all-Han name gets an
    /// ideographic space between its characters (张三 → 张　三) so it lines up with three-
    /// character names; names of three or more characters, non-Han and mixed names are
    /// returned unchanged. Surrounding whitespace is removed. Never use this in running text.
    public static func padded(_ name: String) -> String {
        let trimmed = name.trimmingWhitespace
        guard trimmed.count == 2, trimmed.allSatisfy(isHanCharacter),
            let first = trimmed.first, let last = trimmed.last
        else { return trimmed }
        return String([first, ideographicSpace, last])
    }

    /// Whether `character` is a single Han ideograph (CJK Unified Ideographs, extensions A–H,
    /// compatibility ideographs).
    public static func isHanCharacter(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first else { return false }
        return hanRanges.contains { $0.contains(scalar.value) }
    }

    private static let hanRanges: [ClosedRange<UInt32>] = [
        0x3400...0x4DBF,  // Extension A
        0x4E00...0x9FFF,  // CJK Unified Ideographs
        0xF900...0xFAFF,  // Compatibility Ideographs
        0x20000...0x2FA1F,  // Extensions B–F, I and the Compatibility Supplement
        0x30000...0x323AF,  // Extensions G and H
    ]
}

extension String {
    /// The string without leading and trailing white space (including U+3000).
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
