/// A large chart sheet seen through a page: sheet coordinates are scaled and moved onto the
/// page, and anything outside the visible part of the sheet is skipped, so that one painter
/// serves the whole sheet, a tile of it and a thumbnail of it.
struct SeatChartCanvas {
    let page: PDFPage
    /// The sheet point drawn at `pageOrigin`.
    let sheetOrigin: PagePoint
    /// The page point where `sheetOrigin` lands.
    let pageOrigin: PagePoint
    /// Page points per sheet point (1 except for thumbnails).
    let scale: Double
    /// The part of the sheet that is drawn, in sheet coordinates.
    let visible: PageRect
    /// A thumbnail draws structure and shading only, no names or small text.
    let isThumbnail: Bool

    /// The whole sheet on a page of its own size.
    init(page: PDFPage) {
        self.init(
            page: page, sheetOrigin: PagePoint(x: 0, y: 0), pageOrigin: PagePoint(x: 0, y: 0), scale: 1,
            visible: page.bounds)
    }

    init(
        page: PDFPage, sheetOrigin: PagePoint, pageOrigin: PagePoint, scale: Double, visible: PageRect,
        isThumbnail: Bool = false
    ) {
        self.page = page
        self.sheetOrigin = sheetOrigin
        self.pageOrigin = pageOrigin
        self.scale = scale
        self.visible = visible
        self.isThumbnail = isThumbnail
    }

    func point(_ point: PagePoint) -> PagePoint {
        PagePoint(
            x: pageOrigin.x + (point.x - sheetOrigin.x) * scale, y: pageOrigin.y + (point.y - sheetOrigin.y) * scale)
    }

    func rect(_ rect: PageRect) -> PageRect {
        let corner = point(PagePoint(x: rect.x, y: rect.y))
        return PageRect(x: corner.x, y: corner.y, width: rect.width * scale, height: rect.height * scale)
    }

    /// Whether any of `rect` (sheet coordinates) is visible.
    func shows(_ rect: PageRect) -> Bool {
        rect.maxX >= visible.x && rect.x <= visible.maxX && rect.maxY >= visible.y && rect.y <= visible.maxY
    }

    func shows(_ points: [PagePoint]) -> Bool {
        guard let first = points.first else { return false }
        var box = PageRect(x: first.x, y: first.y, width: 0, height: 0)
        for point in points.dropFirst() {
            let minX = min(box.x, point.x)
            let minY = min(box.y, point.y)
            box = PageRect(
                x: minX, y: minY, width: max(box.maxX, point.x) - minX, height: max(box.maxY, point.y) - minY)
        }
        return shows(box)
    }

    private func scaled(_ style: LineStyle) -> LineStyle {
        LineStyle(width: style.width * scale, color: style.color, dash: style.dash.map { $0 * scale })
    }

    func fillRectangle(_ box: PageRect, color: RGBColor, cornerRadius: Double = 0) {
        guard shows(box) else { return }
        page.fillRectangle(rect(box), color: color, cornerRadius: cornerRadius * scale)
    }

    func strokeRectangle(_ box: PageRect, style: LineStyle, cornerRadius: Double = 0) {
        guard shows(box) else { return }
        page.strokeRectangle(rect(box), style: scaled(style), cornerRadius: cornerRadius * scale)
    }

    func fillPolygon(_ points: [PagePoint], color: RGBColor) {
        guard shows(points) else { return }
        page.fillPolygon(points.map(point), color: color)
    }

    func strokePolygon(_ points: [PagePoint], style: LineStyle) {
        guard shows(points) else { return }
        page.strokePolygon(points.map(point), style: scaled(style))
    }

    func strokeLine(from start: PagePoint, to end: PagePoint, style: LineStyle) {
        guard shows([start, end, start]) else { return }
        page.strokeLine(from: point(start), to: point(end), style: scaled(style))
    }

    func fillEllipse(centre: PagePoint, radiusX: Double, radiusY: Double, color: RGBColor) {
        guard shows(PageRect(x: centre.x - radiusX, y: centre.y - radiusY, width: 2 * radiusX, height: 2 * radiusY))
        else { return }
        page.fillEllipse(centre: point(centre), radiusX: radiusX * scale, radiusY: radiusY * scale, color: color)
    }

    func strokeEllipse(centre: PagePoint, radiusX: Double, radiusY: Double, style: LineStyle) {
        guard shows(PageRect(x: centre.x - radiusX, y: centre.y - radiusY, width: 2 * radiusX, height: 2 * radiusY))
        else { return }
        page.strokeEllipse(
            centre: point(centre), radiusX: radiusX * scale, radiusY: radiusY * scale, style: scaled(style))
    }

    /// Draws text unless this is a thumbnail, the box is out of sight or the text would be
    /// smaller than `smallest` points on the page.
    @discardableResult
    func drawText(
        _ text: String, in box: PageRect, style: TextStyle, alignment: HorizontalAlignment = .centre,
        verticalAlignment: VerticalAlignment = .centre, fit: TextFit = .singleLine, smallest: Double = 0
    ) -> Bool {
        let size = style.size * scale
        guard !isThumbnail, shows(box), size >= smallest, size > 0.4 else { return false }
        page.drawText(
            text, in: rect(box), style: style.sized(PDFPage.quantised(size)), alignment: alignment,
            verticalAlignment: verticalAlignment, fit: fit)
        return true
    }

    /// The width of `text` in `style`, in sheet points.
    func measure(_ text: String, style: TextStyle) -> PageSize {
        page.measureText(text, style: style)
    }

    /// Draws text centred on `centre` in a box of `width` × `height` sheet points turned by
    /// `angle` radians (clockwise), e.g. along a curved row; skipped like ``drawText``.
    @discardableResult
    func drawText(
        _ text: String, centre: PagePoint, width: Double, height: Double, angle: Double, style: TextStyle,
        fit: TextFit = .singleLine, smallest: Double = 0
    ) -> Bool {
        let reach = max(width, height) / 2
        let size = style.size * scale
        guard !isThumbnail, size >= smallest, size > 0.4,
            shows(PageRect(x: centre.x - reach, y: centre.y - reach, width: 2 * reach, height: 2 * reach))
        else { return false }
        let middle = point(centre)
        let box = PageRect(x: -width * scale / 2, y: -height * scale / 2, width: width * scale, height: height * scale)
        let sized = style.sized(PDFPage.quantised(size))
        // Every new angle costs Pango a new scaled font: turn by whole steps of 1.5°.
        let step = Double.pi / 120
        let angle = (angle / step).rounded() * step
        guard abs(angle) > 0.004 else {
            page.drawText(
                text, in: PageRect(x: middle.x + box.x, y: middle.y + box.y, width: box.width, height: box.height),
                style: sized, fit: fit)
            return true
        }
        page.withTranslation(to: middle) {
            page.withRotation(angle) { _ = page.drawText(text, in: box, style: sized, fit: fit) }
        }
        return true
    }
}
