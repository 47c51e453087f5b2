import CPangoCairo

/// Half-turn drawing for the back face of a tent card.
enum NameCardRotation {
    /// Runs `draw` with the page turned 180° about the centre of `rect`, so whatever `draw`
    /// puts inside `rect` lands in `rect` upside down. The Cairo state is saved before and
    /// restored after, so the turn never leaks into later drawing.
    static func upsideDown(on page: PDFPage, in rect: PageRect, draw: () -> Void) {
        let cr = page.context.pointer
        let centre = rect.centre
        cairo_save(cr)
        cairo_translate(cr, centre.x, centre.y)
        cairo_rotate(cr, Double.pi)
        cairo_translate(cr, -centre.x, -centre.y)
        draw()
        cairo_restore(cr)
    }
}
