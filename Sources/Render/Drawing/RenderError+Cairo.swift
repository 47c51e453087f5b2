import CPangoCairo

/// How Cairo's status codes become ``RenderError`` values: the drawing layer's one place that
/// turns a `cairo_status_t` into text.
extension RenderError {
    /// A ``RenderError/cairo(status:while:)`` error for `status`, with Cairo's own message
    /// (`cairo_status_to_string`), e.g. "error while writing to output stream".
    static func cairoFailure(_ status: cairo_status_t, while step: String) -> RenderError {
        .cairo(status: cairoMessage(status), while: step)
    }

    /// Cairo's message for `status`, or its number when Cairo has no text for it.
    private static func cairoMessage(_ status: cairo_status_t) -> String {
        guard let text = cairo_status_to_string(status) else { return "cairo status \(status.rawValue)" }
        return String(cString: text)
    }
}
