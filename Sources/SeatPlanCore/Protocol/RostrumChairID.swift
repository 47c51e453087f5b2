/// The id of a rostrum chair (docs/planning-rules.md G3): `rostrum-<row>-C` for the chair on the
/// stage centre line, `rostrum-<row>-L<k>` or `rostrum-<row>-R<k>` for the chair k
/// half-spacings to the audience's left or right of it.
///
/// This is the one grammar of chair ids: the planner writes them with ``description``, and the
/// checker, late changes and the charts read them with ``init(_:)``.
///
/// Only the canonical form is a chair id. `<row>` and `<k>` are positive decimal numbers with no
/// sign and no leading zeros, `C` takes no number, and the letters are upper case; so
/// `rostrum-1-L05`, `rostrum-01-C`, `rostrum-1-R0`, `rostrum-1-C0`, `rostrum-1-l2` and
/// `rostrum-+1-C` name no chair. Every id that parses prints back to itself, so two spellings
/// can never name one chair.
public struct RostrumChairID: Hashable, Sendable, CustomStringConvertible {
    /// The rostrum row (1 = front).
    public let row: Int
    /// Half-spacings from the centre line: negative to the audience's left, 0 on it.
    public let offset: Int

    /// The chair `offset` half-spacings from the centre line of `row`.
    public init(row: Int, offset: Int) {
        self.row = row
        self.offset = offset
    }

    /// Parses a chair id; `nil` unless `text` is a chair id in canonical form.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "rostrum", let row = Self.positiveNumber(parts[1]),
            let side = parts[2].first
        else { return nil }
        let amount = parts[2].dropFirst()
        switch side {
        case "C" where amount.isEmpty:
            offset = 0
        case "L", "R":
            guard let steps = Self.positiveNumber(amount) else { return nil }
            offset = side == "L" ? -steps : steps
        default:
            return nil
        }
        self.row = row
    }

    /// The canonical id, e.g. `rostrum-1-C`, `rostrum-2-L3`.
    public var description: String {
        let place = offset == 0 ? "C" : offset < 0 ? "L\(-offset)" : "R\(offset)"
        return "rostrum-\(row)-\(place)"
    }

    /// A positive decimal number written without sign or leading zeros, else `nil`.
    private static func positiveNumber(_ digits: Substring) -> Int? {
        guard let first = digits.first, first != "0", digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        return Int(digits)
    }
}
