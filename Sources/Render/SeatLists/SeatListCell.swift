/// Draws the text of one list cell so that it never spills into its neighbours.
enum SeatListCell {
    /// The smallest size a cell's text shrinks to before it wraps onto a second line.
    static let minimumSize = 6.5

    /// Draws `text` on one line at `style`'s size when it fits (the usual case, measured at most
    /// once);
    /// otherwise shrinks it, and at the smallest size wraps it within the cell.
    static func draw(
        _ text: String, in cell: PageRect, style: TextStyle, alignment: HorizontalAlignment, on page: PDFPage
    ) {
        guard !text.isEmpty, cell.width > 0, cell.height > 0 else { return }
        // No glyph of these faces is wider than one em, so a short text needs no measuring.
        if Double(text.unicodeScalars.count) * style.size <= cell.width && style.size * 1.5 <= cell.height {
            page.drawText(text, in: cell, style: style, alignment: alignment, fit: .singleLine)
            return
        }
        let natural = page.measureText(text, style: style)
        if natural.width <= cell.width && natural.height <= cell.height + 0.01 {
            page.drawText(text, in: cell, style: style, alignment: alignment, fit: .singleLine)
        } else {
            page.drawText(text, in: cell, style: style, alignment: alignment, fit: .shrink(minimumSize: minimumSize))
        }
    }
}
