import CPangoCairo

/// How a layout breaks and cuts its text.
struct TextFlow {
    /// The box width in points, or `nil` for one unbounded line per paragraph.
    var width: Double?
    /// The most height or lines the text may take before it is ellipsized.
    var heightLimit: HeightLimit

    /// A limit on a layout's height.
    enum HeightLimit {
        /// No limit.
        case unlimited
        /// At most this many points.
        case points(Double)
        /// At most this many lines per paragraph.
        case lines(Int)
    }
    /// Whether overflowing text ends with "…".
    var ellipsize: Bool
    /// Alignment of lines within `width`.
    var alignment: HorizontalAlignment
}

/// The measured result of a configured layout, in points relative to the layout's origin.
struct LayoutMetrics {
    var logical: PageRect
    var lineCount: Int
    var isEllipsized: Bool
}

extension PangoTextLayout {
    /// Sets text, font and flow, and returns the resulting metrics.
    func configure(_ text: String, style: TextStyle, flow: TextFlow) -> LayoutMetrics {
        if let font = PangoFontDescription(
            family: FontResolver.faceName(for: style.family), weight: style.weight, size: style.size)
        {
            pango_layout_set_font_description(pointer, font.pointer)
        }
        pango_layout_set_text(pointer, text, -1)
        pango_layout_set_width(pointer, flow.width.map { Self.pangoUnits($0) } ?? -1)
        switch flow.heightLimit {
        case .unlimited: pango_layout_set_height(pointer, -1_000_000)
        case .points(let points): pango_layout_set_height(pointer, Self.pangoUnits(max(0, points)))
        case .lines(let lines): pango_layout_set_height(pointer, -Int32(clamping: max(1, lines)))
        }
        pango_layout_set_wrap(pointer, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_ellipsize(pointer, flow.ellipsize ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE)
        switch flow.alignment {
        case .left: pango_layout_set_alignment(pointer, PANGO_ALIGN_LEFT)
        case .centre: pango_layout_set_alignment(pointer, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(pointer, PANGO_ALIGN_RIGHT)
        }
        return metrics
    }

    /// The current logical extents, line count and ellipsis state.
    var metrics: LayoutMetrics {
        var ink = PangoRectangle()
        var logical = PangoRectangle()
        pango_layout_get_extents(pointer, &ink, &logical)
        let scale = Double(PANGO_SCALE)
        return LayoutMetrics(
            logical: PageRect(
                x: Double(logical.x) / scale, y: Double(logical.y) / scale,
                width: Double(logical.width) / scale, height: Double(logical.height) / scale),
            lineCount: Int(pango_layout_get_line_count(pointer)),
            isEllipsized: pango_layout_is_ellipsized(pointer) != 0)
    }

    /// Draws the layout with its top-left corner at `origin` in `color`.
    func show(at origin: PagePoint, color: RGBColor) {
        cairo_set_source_rgb(context.pointer, color.red, color.green, color.blue)
        cairo_move_to(context.pointer, origin.x, origin.y)
        pango_cairo_update_layout(context.pointer, pointer)
        pango_cairo_show_layout(context.pointer, pointer)
    }

    /// Points to Pango units, clamped to what a C `int` holds.
    private static func pangoUnits(_ points: Double) -> Int32 {
        let units = (points * Double(PANGO_SCALE)).rounded()
        guard units.isFinite else { return Int32.max }
        return Int32(max(Double(Int32.min), min(Double(Int32.max), units)))
    }
}
