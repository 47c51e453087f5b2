/// The bounds a workbook is read within, so that a damaged or hostile file is refused in
/// bounded time and memory rather than read to the end.
public struct XLSXLimits: Sendable, Equatable {
    /// The most bytes any one part may inflate to, counted while inflating (declared sizes
    /// in the zip are not trusted).
    public var maxPartBytes: Int
    /// The most rows with at least one value (the header included).
    public var maxRows: Int
    /// The most columns a value may sit in (256 = column IV).
    public var maxColumns: Int

    /// Limits for files that people fill in by hand.
    public init(maxPartBytes: Int = 64 << 20, maxRows: Int = 20_000, maxColumns: Int = 256) {
        self.maxPartBytes = maxPartBytes
        self.maxRows = maxRows
        self.maxColumns = maxColumns
    }
}
