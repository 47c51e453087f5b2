import CPangoCairo

extension PDFPage {
    /// Strokes a straight line from `start` to `end`.
    public func strokeLine(from start: PagePoint, to end: PagePoint, style: LineStyle = LineStyle()) {
        let cr = context.pointer
        cairo_new_path(cr)
        cairo_move_to(cr, start.x, start.y)
        cairo_line_to(cr, end.x, end.y)
        stroke(style)
    }

    /// Strokes the outline of `rect`, with rounded corners of `cornerRadius` points if positive.
    public func strokeRectangle(_ rect: PageRect, style: LineStyle = LineStyle(), cornerRadius: Double = 0) {
        addRectanglePath(rect, cornerRadius: cornerRadius)
        stroke(style)
    }

    /// Fills `rect` with `color`, with rounded corners of `cornerRadius` points if positive.
    public func fillRectangle(_ rect: PageRect, color: RGBColor, cornerRadius: Double = 0) {
        addRectanglePath(rect, cornerRadius: cornerRadius)
        fill(color)
    }

    /// Fills the current path with `color`.
    func fill(_ color: RGBColor) {
        let cr = context.pointer
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
        cairo_fill(cr)
    }

    /// Strokes the current path with `style`. An invalid dash pattern (a negative length, or
    /// all zeros) is passed to Cairo, which records `CAIRO_STATUS_INVALID_DASH`; the page then
    /// fails with that message.
    func stroke(_ style: LineStyle) {
        let cr = context.pointer
        cairo_set_source_rgb(cr, style.color.red, style.color.green, style.color.blue)
        cairo_set_line_width(cr, style.width.isFinite && style.width > 0 ? style.width : 0.1)
        style.dash.withUnsafeBufferPointer { dashes in
            cairo_set_dash(cr, dashes.baseAddress, Int32(dashes.count), 0)
        }
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        cairo_stroke(cr)
    }

    /// Replaces the current path with `rect`, its corners rounded by up to half its shorter side.
    private func addRectanglePath(_ rect: PageRect, cornerRadius: Double) {
        let cr = context.pointer
        cairo_new_path(cr)
        let radius = min(cornerRadius, rect.width / 2, rect.height / 2)
        guard radius > 0, radius.isFinite else {
            cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
            return
        }
        let halfPi = Double.pi / 2
        cairo_new_sub_path(cr)
        cairo_arc(cr, rect.maxX - radius, rect.y + radius, radius, -halfPi, 0)
        cairo_arc(cr, rect.maxX - radius, rect.maxY - radius, radius, 0, halfPi)
        cairo_arc(cr, rect.x + radius, rect.maxY - radius, radius, halfPi, 2 * halfPi)
        cairo_arc(cr, rect.x + radius, rect.y + radius, radius, 2 * halfPi, 3 * halfPi)
        cairo_close_path(cr)
    }
}
