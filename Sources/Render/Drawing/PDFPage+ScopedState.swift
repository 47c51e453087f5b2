import CPangoCairo

/// Scoped changes of the drawing state: each helper saves Cairo's graphics state
/// (`cairo_save`), changes it, runs `body` and restores the state (`cairo_restore`) when `body`
/// returns or throws, so a transform or clip never leaks into later drawing.
///
/// Document kinds use these instead of calling Cairo themselves:
///
/// ```swift
/// page.withClip(printedArea) {
///     page.withTranslation(to: centre) {
///         page.withRotation(angle) { page.drawText(name, in: box, style: style) }
///     }
/// }
/// ```
///
/// See Cairo's [transformations](https://www.cairographics.org/manual/cairo-Transformations.html)
/// and [cairo_t](https://www.cairographics.org/manual/cairo-cairo-t.html) pages.
extension PDFPage {
    /// Runs `body` and then restores the drawing state (transform, clip, colour, line style) to
    /// what it was before, even if `body` throws.
    @discardableResult
    func withSavedState<Result>(_ body: () throws -> Result) rethrows -> Result {
        let cr = context.pointer
        cairo_save(cr)
        defer { cairo_restore(cr) }
        return try body()
    }

    /// Runs `body` with the origin moved to `origin`: page point (0, 0) inside `body` is
    /// `origin` outside it.
    @discardableResult
    func withTranslation<Result>(to origin: PagePoint, _ body: () throws -> Result) rethrows -> Result {
        try withSavedState {
            cairo_translate(context.pointer, origin.x, origin.y)
            return try body()
        }
    }

    /// Runs `body` with the page turned by `angle` radians (clockwise on the page) about
    /// `centre`, so whatever `body` draws round `centre` is turned about it.
    @discardableResult
    func withRotation<Result>(
        _ angle: Double, around centre: PagePoint = PagePoint(x: 0, y: 0), _ body: () throws -> Result
    ) rethrows -> Result {
        try withSavedState {
            let cr = context.pointer
            if centre.x == 0, centre.y == 0 {
                cairo_rotate(cr, angle)
            } else {
                cairo_translate(cr, centre.x, centre.y)
                cairo_rotate(cr, angle)
                cairo_translate(cr, -centre.x, -centre.y)
            }
            return try body()
        }
    }

    /// Runs `body` with drawing limited to `rect` (in the current coordinates): nothing
    /// `body` draws outside it shows.
    @discardableResult
    func withClip<Result>(_ rect: PageRect, _ body: () throws -> Result) rethrows -> Result {
        try withSavedState {
            let cr = context.pointer
            cairo_new_path(cr)
            cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
            cairo_clip(cr)
            return try body()
        }
    }
}
