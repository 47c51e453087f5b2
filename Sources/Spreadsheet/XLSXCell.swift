/// A value to write into a worksheet cell.
public enum XLSXCell: Sendable, Equatable, ExpressibleByStringLiteral {
    /// Text, written as an inline string (leading zeros and long digit runs are kept as typed).
    case text(String)
    /// A number.
    case number(Double)

    /// A text cell from a literal.
    public init(stringLiteral value: String) { self = .text(value) }
}
