import CPangoCairo

/// The sole owner of one `PangoFontDescription`.
struct PangoFontDescription: ~Copyable {
    let pointer: OpaquePointer

    /// A description of `family` at `size` points (absolute size: one point is one unit of
    /// the PDF surface, independent of Pango's screen resolution).
    init?(family: String, weight: FontWeight, size: Double) {
        guard let pointer = pango_font_description_new() else { return nil }
        self.pointer = pointer
        pango_font_description_set_family(pointer, family)
        pango_font_description_set_weight(
            pointer, weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_absolute_size(pointer, size * Double(PANGO_SCALE))
    }

    deinit { pango_font_description_free(pointer) }
}

/// The sole owner of one `PangoLayout` bound to a ``CairoContext``, set up for Chinese text:
/// language zh-cn (so Simplified Chinese glyph forms are chosen) and unhinted metrics (so
/// measurements scale linearly with the font size, as they do in print).
final class PangoTextLayout {
    let pointer: OpaquePointer
    /// The context whose target the layout measures and draws for.
    let context: CairoContext

    init(context: CairoContext) throws(RenderError) {
        self.context = context
        guard let pointer = pango_cairo_create_layout(context.pointer) else {
            throw .cairo(status: "no Pango layout was returned", while: "creating a text layout")
        }
        self.pointer = pointer
        if let pangoContext = pango_layout_get_context(pointer) {
            pango_context_set_language(pangoContext, pango_language_from_string("zh-cn"))
            if let options = cairo_font_options_create() {
                cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
                cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
                pango_cairo_context_set_font_options(pangoContext, options)
                cairo_font_options_destroy(options)
            }
            pango_layout_context_changed(pointer)
        }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }
}
