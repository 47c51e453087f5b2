extension PDFPage {
    /// Draws `text` on one line in `box`, shrunk (down to `minimumSize`) so that it fits the box's
    /// width and height; ellipsized if it still does not fit.
    ///
    /// The venue preview, banquet plan and lists use this rather than `TextFit.shrink`, which
    /// wraps texts with spaces between words when they are too wide, where a label of the plan
    /// must stay on one line.
    @discardableResult
    func drawFitted(
        _ text: String, in box: PageRect, style: TextStyle, alignment: HorizontalAlignment = .centre,
        verticalAlignment: VerticalAlignment = .centre, minimumSize: Double = 2
    ) -> TextPlacement {
        let natural = measureText(text, style: style)
        var ratio = 1.0
        if natural.width > 0 { ratio = min(ratio, box.width / natural.width) }
        if natural.height > 0 { ratio = min(ratio, box.height / natural.height) }
        let size = Self.quantised(max(min(minimumSize, style.size), style.size * ratio * 0.98))
        return drawText(
            text, in: box, style: style.sized(size), alignment: alignment, verticalAlignment: verticalAlignment,
            fit: .singleLine)
    }
}
