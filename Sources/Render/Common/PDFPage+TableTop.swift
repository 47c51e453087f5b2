import SeatPlanCore

extension PDFPage {
    /// Draws a table top to scale: an ellipse for round and oval tables, a rounded rectangle
    /// for rectangular ones.
    func drawTableTop(
        _ shape: TableShape, centre: PagePoint, halfLength: Double, halfWidth: Double, fill: RGBColor,
        edge: LineStyle, cornerRadius: Double
    ) {
        switch shape {
        case .round, .oval:
            fillEllipse(centre: centre, radiusX: halfLength, radiusY: halfWidth, color: fill)
            strokeEllipse(centre: centre, radiusX: halfLength, radiusY: halfWidth, style: edge)
        case .rect:
            let rect = PageRect(
                x: centre.x - halfLength, y: centre.y - halfWidth, width: 2 * halfLength, height: 2 * halfWidth)
            fillRectangle(rect, color: fill, cornerRadius: cornerRadius)
            strokeRectangle(rect, style: edge, cornerRadius: cornerRadius)
        }
    }
}
