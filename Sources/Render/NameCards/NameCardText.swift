import SeatPlanCore

/// What a name card says: the name as printed (split into a Han line and a Latin line for
/// bilingual names) and the smaller line with the post and unit.
struct NameCardText: Sendable, Equatable {
    /// The main line: the Han name, padded when it has two characters, or the whole name when
    /// it has no Han part.
    var name: String
    /// The Latin-script name of a bilingual card, printed under ``name``; `nil` otherwise.
    var foreignName: String?
    /// The smaller line: unit and post, `nil` when neither is known.
    var detail: String?

    /// The text of the card for one seated person.
    init(_ assignment: SeatAssignment) {
        let parts = Self.split(assignment.name)
        name = parts.name
        foreignName = parts.foreignName
        let pieces = [assignment.unit, assignment.title ?? ""]
            .map(\.trimmingWhitespace).filter { !$0.isEmpty }
        detail = pieces.isEmpty ? nil : pieces.joined(separator: "\u{3000}")
    }

    /// Splits a roster name into its Han part (padded as on cards) and its Latin part.
    ///
    /// Words (separated by white space) that contain a Latin letter form the foreign name; the
    /// others form the Chinese name: "约翰·史密斯 John Smith" → ("约翰·史密斯", "John Smith"),
    /// "王芳 Wang Fang" → ("王　芳", "Wang Fang"). A name with only one kind of word is printed
    /// as it is (padded if it is a two-character Han name).
    static func split(_ fullName: String) -> (name: String, foreignName: String?) {
        let words = fullName.split(whereSeparator: { $0.isWhitespace })
        let latin = words.filter { $0.contains(where: isLatinLetter) }
        let other = words.filter { !$0.contains(where: isLatinLetter) }
        guard !latin.isEmpty, !other.isEmpty else { return (NameTypography.padded(fullName), nil) }
        return (NameTypography.padded(other.joined()), latin.joined(separator: " "))
    }

    /// Whether `character` is a letter of the Latin script (ASCII or accented).
    static func isLatinLetter(_ character: Character) -> Bool {
        guard character.isLetter, let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return true
        default: return false
        }
    }
}
