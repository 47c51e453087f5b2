/// The legend column of a venue preview: headings, swatches with their meaning, and notes.
struct VenuePreviewLegend {
    /// A small sample of what is drawn on the plan.
    enum Swatch {
        /// A seat box: fill, edge, and whether it is crossed out.
        case seat(fill: RGBColor, edge: RGBColor, edgeWidth: Double, crossed: Bool)
        /// A round seat at a table.
        case circle(fill: RGBColor, edge: RGBColor)
        /// A shaded area (a block, a table top).
        case area(fill: RGBColor, edge: RGBColor?)
        /// A line, e.g. the centre line.
        case line(color: RGBColor, dash: [Double])
    }

    /// One line of the legend.
    enum Entry {
        /// A bold heading.
        case heading(String)
        /// A swatch and what it means.
        case item(Swatch, String)
        /// A muted note, wrapped.
        case note(String)
    }

    var entries: [Entry] = []

    /// Paints the entries top-down inside `rect`; entries that no longer fit are left out and
    /// the last line says so.
    func paint(in rect: PageRect, style: VenuePreviewStyle, on page: PDFPage) {
        let scale = style.scale
        let textLeft = rect.x + 26 * scale
        let textWidth = rect.maxX - textLeft
        var top = rect.y
        for (index, entry) in entries.enumerated() {
            let height = self.height(of: entry, width: textWidth, fullWidth: rect.width, style: style, page: page)
            if top + height > rect.maxY {
                let omitted = entries.count - index
                page.drawText(
                    "（另有 \(omitted) 项图例从略）",
                    in: PageRect(
                        x: rect.x, y: max(rect.y, rect.maxY - 12 * scale), width: rect.width, height: 12 * scale),
                    style: style.text(8, .regular, VenuePreviewStyle.Palette.muted), alignment: .left, fit: .singleLine)
                return
            }
            switch entry {
            case .heading(let text):
                page.drawText(
                    text, in: PageRect(x: rect.x, y: top + 4 * scale, width: rect.width, height: height - 4 * scale),
                    style: style.text(11, .bold), alignment: .left, verticalAlignment: .top, fit: .singleLine)
            case .item(let swatch, let text):
                let sample = PageRect(x: rect.x + 2 * scale, y: top + 2 * scale, width: 18 * scale, height: 11 * scale)
                paint(swatch, in: sample, scale: scale, on: page)
                page.drawText(
                    text, in: PageRect(x: textLeft, y: top, width: textWidth, height: height),
                    style: style.text(9), alignment: .left, verticalAlignment: .top)
            case .note(let text):
                page.drawText(
                    text, in: PageRect(x: rect.x, y: top, width: rect.width, height: height),
                    style: style.text(8.5, .regular, VenuePreviewStyle.Palette.muted), alignment: .left,
                    verticalAlignment: .top)
            }
            top += height
        }
    }

    private func height(of entry: Entry, width: Double, fullWidth: Double, style: VenuePreviewStyle, page: PDFPage)
        -> Double
    {
        let scale = style.scale
        switch entry {
        case .heading: return 22 * scale
        case .item(_, let text):
            let measured = page.measureText(text, style: style.text(9), maximumWidth: width).height
            return max(15 * scale, measured) + 4 * scale
        case .note(let text):
            return page.measureText(text, style: style.text(8.5), maximumWidth: fullWidth).height + 5 * scale
        }
    }

    private func paint(_ swatch: Swatch, in box: PageRect, scale: Double, on page: PDFPage) {
        switch swatch {
        case .seat(let fill, let edge, let edgeWidth, let crossed):
            let seat = PageRect(x: box.x + 3 * scale, y: box.y, width: box.height, height: box.height)
            page.fillRectangle(seat, color: fill)
            page.strokeRectangle(seat, style: LineStyle(width: edgeWidth * scale, color: edge))
            if crossed { VenuePreviewMarks.cross(seat, on: page, width: 1.1 * scale) }
        case .circle(let fill, let edge):
            let radius = box.height / 2
            page.fillCircle(centre: box.centre, radius: radius, color: fill)
            page.strokeCircle(centre: box.centre, radius: radius, style: LineStyle(width: 0.6 * scale, color: edge))
        case .area(let fill, let edge):
            page.fillRectangle(box, color: fill, cornerRadius: 2 * scale)
            if let edge {
                page.strokeRectangle(box, style: LineStyle(width: 0.8 * scale, color: edge), cornerRadius: 2 * scale)
            }
        case .line(let color, let dash):
            page.strokeLine(
                from: PagePoint(x: box.x, y: box.centre.y), to: PagePoint(x: box.maxX, y: box.centre.y),
                style: LineStyle(width: 0.8 * scale, color: color, dash: dash.map { $0 * scale }))
        }
    }
}

/// Marks shared by the plan and its legend.
enum VenuePreviewMarks {
    /// Crosses out a box corner to corner in the unavailable colour.
    static func cross(_ box: PageRect, on page: PDFPage, width: Double) {
        let style = LineStyle(width: width, color: VenuePreviewStyle.Palette.unavailableMark)
        page.strokeLine(from: PagePoint(x: box.x, y: box.y), to: PagePoint(x: box.maxX, y: box.maxY), style: style)
        page.strokeLine(from: PagePoint(x: box.maxX, y: box.y), to: PagePoint(x: box.x, y: box.maxY), style: style)
    }

    /// Crosses out a turned box corner to corner.
    static func cross(_ corners: [PagePoint], on page: PDFPage, width: Double) {
        guard corners.count == 4 else { return }
        let style = LineStyle(width: width, color: VenuePreviewStyle.Palette.unavailableMark)
        page.strokeLine(from: corners[0], to: corners[2], style: style)
        page.strokeLine(from: corners[1], to: corners[3], style: style)
    }
}
