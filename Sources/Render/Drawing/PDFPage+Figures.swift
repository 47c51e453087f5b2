import CPangoCairo

extension PDFPage {
    /// Fills the circle of `radius` points round `centre` with `color`.
    public func fillCircle(centre: PagePoint, radius: Double, color: RGBColor) {
        fillEllipse(centre: centre, radiusX: radius, radiusY: radius, color: color)
    }

    /// Strokes the circle of `radius` points round `centre`.
    public func strokeCircle(centre: PagePoint, radius: Double, style: LineStyle = LineStyle()) {
        strokeEllipse(centre: centre, radiusX: radius, radiusY: radius, style: style)
    }

    /// Fills the axis-aligned ellipse round `centre` with half-axes `radiusX` and `radiusY`.
    public func fillEllipse(centre: PagePoint, radiusX: Double, radiusY: Double, color: RGBColor) {
        guard addEllipsePath(centre: centre, radiusX: radiusX, radiusY: radiusY) else { return }
        fill(color)
    }

    /// Strokes the axis-aligned ellipse round `centre` with half-axes `radiusX` and `radiusY`.
    public func strokeEllipse(centre: PagePoint, radiusX: Double, radiusY: Double, style: LineStyle = LineStyle()) {
        guard addEllipsePath(centre: centre, radiusX: radiusX, radiusY: radiusY) else { return }
        stroke(style)
    }

    /// Strokes the arc of `radius` round `centre` from `startAngle` to `endAngle` (radians,
    /// clockwise on the page from the positive x axis, as Cairo measures them).
    public func strokeArc(
        centre: PagePoint, radius: Double, startAngle: Double, endAngle: Double, style: LineStyle = LineStyle()
    ) {
        guard radius > 0, radius.isFinite else { return }
        let cr = context.pointer
        cairo_new_path(cr)
        cairo_arc(cr, centre.x, centre.y, radius, startAngle, endAngle)
        stroke(style)
    }

    /// Fills the closed polygon through `points` with `color`; fewer than three points draw nothing.
    public func fillPolygon(_ points: [PagePoint], color: RGBColor) {
        guard addPolygonPath(points) else { return }
        fill(color)
    }

    /// Strokes the outline of the closed polygon through `points`.
    public func strokePolygon(_ points: [PagePoint], style: LineStyle = LineStyle()) {
        guard addPolygonPath(points) else { return }
        stroke(style)
    }

    /// Replaces the current path with an ellipse; `false` when a radius is unusable.
    private func addEllipsePath(centre: PagePoint, radiusX: Double, radiusY: Double) -> Bool {
        guard radiusX > 0, radiusY > 0, radiusX.isFinite, radiusY.isFinite else { return false }
        let cr = context.pointer
        cairo_new_path(cr)
        // Restoring keeps the path in page coordinates while the stroke width stays unscaled.
        withSavedState {
            cairo_translate(cr, centre.x, centre.y)
            cairo_scale(cr, radiusX, radiusY)
            cairo_arc(cr, 0, 0, 1, 0, 2 * Double.pi)
            cairo_close_path(cr)
        }
        return true
    }

    /// Replaces the current path with a closed polygon; `false` for fewer than three points.
    private func addPolygonPath(_ points: [PagePoint]) -> Bool {
        guard points.count >= 3, let first = points.first else { return false }
        let cr = context.pointer
        cairo_new_path(cr)
        cairo_move_to(cr, first.x, first.y)
        for point in points.dropFirst() { cairo_line_to(cr, point.x, point.y) }
        cairo_close_path(cr)
        return true
    }
}
