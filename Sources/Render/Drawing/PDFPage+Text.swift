extension PDFPage {
    /// Draws `text` in `box` through Pango (never Cairo's toy text API), in the face `style`
    /// names, with the language set to zh-cn.
    ///
    /// - Parameters:
    ///   - alignment: where each line sits across the box.
    ///   - verticalAlignment: where the block of lines sits up and down the box.
    ///   - fit: what to do when the text is too large for the box (see ``TextFit``).
    /// - Returns: the size actually used, the line count, whether the text was cut short, and
    ///   where it ended up.
    @discardableResult
    public func drawText(
        _ text: String, in box: PageRect, style: TextStyle,
        alignment: HorizontalAlignment = .centre, verticalAlignment: VerticalAlignment = .centre,
        fit: TextFit = .wrap
    ) -> TextPlacement {
        let (usedStyle, metrics) = layOut(text, in: box, style: style, alignment: alignment, fit: fit)
        let top: Double
        switch verticalAlignment {
        case .top: top = box.y
        case .centre: top = box.y + (box.height - metrics.logical.height) / 2
        case .bottom: top = box.maxY - metrics.logical.height
        }
        let origin = PagePoint(x: box.x, y: top - metrics.logical.y)
        textLayout.show(at: origin, color: usedStyle.color)
        return TextPlacement(
            size: usedStyle.size, lineCount: metrics.lineCount, isEllipsized: metrics.isEllipsized,
            bounds: PageRect(
                x: box.x + metrics.logical.x, y: top, width: metrics.logical.width,
                height: metrics.logical.height))
    }

    /// The size `text` takes in `style`: one line per paragraph, or wrapped at `maximumWidth`.
    public func measureText(_ text: String, style: TextStyle, maximumWidth: Double? = nil) -> PageSize {
        let metrics = textLayout.configure(
            text, style: style,
            flow: TextFlow(width: maximumWidth, heightLimit: .unlimited, ellipsize: false, alignment: .left))
        return PageSize(width: metrics.logical.width, height: metrics.logical.height)
    }

    /// Configures the layout for `text` in `box` according to `fit`; returns the style used.
    private func layOut(
        _ text: String, in box: PageRect, style: TextStyle, alignment: HorizontalAlignment, fit: TextFit
    ) -> (TextStyle, LayoutMetrics) {
        let wrapped = TextFlow(
            width: box.width, heightLimit: .points(box.height), ellipsize: true, alignment: alignment)
        switch fit {
        case .wrap:
            return (style, textLayout.configure(text, style: style, flow: wrapped))
        case .singleLine:
            let oneLine = TextFlow(width: box.width, heightLimit: .lines(1), ellipsize: true, alignment: alignment)
            return (style, textLayout.configure(text, style: style, flow: oneLine))
        case .shrink(let minimumSize):
            let floor = max(0.5, min(minimumSize, style.size))
            let oneLineSize = fittingSize(text, in: box, style: style, minimumSize: floor)
            // Measure the word-wrapped alternative first: measuring reconfigures the shared layout.
            let wrappedSize = wordWrappedSize(text, in: box, style: style, minimumSize: floor)
            let oneLine = TextFlow(width: box.width, heightLimit: .unlimited, ellipsize: false, alignment: alignment)
            let metrics = textLayout.configure(text, style: style.sized(oneLineSize), flow: oneLine)
            let fitsOneLine =
                metrics.lineCount <= 1 && metrics.logical.width <= box.width + 0.01
                && metrics.logical.height <= box.height + 0.01
            // Text of several words (e.g. a foreign name) may read better on two lines than on
            // one tiny line; Chinese names are never broken between characters this way.
            if let wrappedSize, !fitsOneLine || wrappedSize > oneLineSize * 1.25 {
                return (
                    style.sized(wrappedSize), textLayout.configure(text, style: style.sized(wrappedSize), flow: wrapped)
                )
            }
            if fitsOneLine { return (style.sized(oneLineSize), metrics) }
            return (
                style.sized(oneLineSize), textLayout.configure(text, style: style.sized(oneLineSize), flow: wrapped)
            )
        }
    }

    /// The largest size from `style.size` down to `minimumSize` at which `text`, wrapped only
    /// between words, fits `box`; `nil` for a single word or when no such size exists.
    private func wordWrappedSize(_ text: String, in box: PageRect, style: TextStyle, minimumSize: Double) -> Double? {
        // Pango may break after a hyphen as well as at spaces.
        let words = text.split(whereSeparator: \.isWhitespace).flatMap { $0.split(separator: "-") }
        guard words.count > 1 else { return nil }
        let widestWord = words.map { measureText(String($0), style: style).width }.max() ?? 0
        guard widestWord > 0 else { return nil }
        var size = Self.quantised(min(style.size, style.size * box.width / widestWord * 0.995))
        while size >= minimumSize {
            let height = measureText(text, style: style.sized(size), maximumWidth: box.width).height
            if height <= box.height + 0.01 { return size }
            size = Self.quantised(size * 0.94)
        }
        return nil
    }

    /// The largest size from `style.size` down to `minimumSize` at which `text` fits on one line
    /// within `box`. Unhinted text scales linearly with size, so one proportional step almost
    /// always suffices; a few small steps cover rounding.
    private func fittingSize(_ text: String, in box: PageRect, style: TextStyle, minimumSize: Double) -> Double {
        let floor = max(0.5, min(minimumSize, style.size))
        var size = style.size
        for _ in 0..<6 {
            let natural = measureText(text, style: style.sized(size))
            let widthRatio = natural.width > 0 ? box.width / natural.width : 1
            let heightRatio = natural.height > 0 ? box.height / natural.height : 1
            let ratio = min(widthRatio, heightRatio)
            if ratio >= 1 { return size }
            if size <= floor { return floor }
            size = max(floor, Self.quantised(size * ratio * 0.995))
        }
        return size
    }

    /// Sizes rounded down to quarter points: each new size costs Pango a font lookup, so
    /// fitting many labels reuses a few sizes instead of creating hundreds.
    static func quantised(_ size: Double) -> Double {
        max(0.25, (size * 4).rounded(.down) / 4)
    }
}
