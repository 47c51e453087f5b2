import CPangoCairo

extension PDFPage {
    /// Draws `code` as a square of `side` points whose top-left corner is `origin`; the square
    /// includes the light quiet zone of ``QRCodeMatrix/quietZone`` modules on every side, which
    /// is painted white.
    ///
    /// The modules are painted as one small 1-pixel-per-module image scaled without smoothing:
    /// sharp edges at any resolution and a few hundred bytes per code, so thousands of passes
    /// print in seconds (as vector rectangles, Cairo spent most of its time formatting their
    /// coordinates and compressing them). Where Cairo cannot make the image, the dark modules
    /// are filled as rectangles instead.
    public func drawQRCode(_ code: QRCodeMatrix, at origin: PagePoint, side: Double) {
        guard side.isFinite, side > 0 else { return }
        if paintQRImage(code, at: origin, side: side) { return }
        fillQRModules(code, at: origin, side: side)
    }

    /// Paints `code` (with its quiet zone) as a scaled image; `false` when no image could be made.
    private func paintQRImage(_ code: QRCodeMatrix, at origin: PagePoint, side: Double) -> Bool {
        let across = code.size + 2 * QRCodeMatrix.quietZone
        guard let image = CairoImageSurface(width: across, height: across) else { return false }
        let zone = QRCodeMatrix.quietZone
        guard image.setPixels({ x, y in !code.isDark(row: y - zone, column: x - zone) }) else { return false }
        withSavedState {
            let cr = context.pointer
            cairo_translate(cr, origin.x, origin.y)
            cairo_scale(cr, side / Double(across), side / Double(across))
            cairo_set_source_surface(cr, image.pointer, 0, 0)
            cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_NEAREST)
            cairo_rectangle(cr, 0, 0, Double(across), Double(across))
            cairo_fill(cr)
        }
        return true
    }

    /// Fills `code`'s dark modules as rectangles, row runs merged, on a white square.
    private func fillQRModules(_ code: QRCodeMatrix, at origin: PagePoint, side: Double) {
        let modulesAcross = Double(code.size + 2 * QRCodeMatrix.quietZone)
        let module = side / modulesAcross
        fillRectangle(PageRect(x: origin.x, y: origin.y, width: side, height: side), color: .white)
        let cr = context.pointer
        cairo_new_path(cr)
        let left = origin.x + Double(QRCodeMatrix.quietZone) * module
        let top = origin.y + Double(QRCodeMatrix.quietZone) * module
        for row in 0..<code.size {
            for run in code.darkRuns(inRow: row) {
                cairo_rectangle(
                    cr, left + Double(run.column) * module, top + Double(row) * module, Double(run.length) * module,
                    module)
            }
        }
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
        fill(.black)
    }

    /// The side in points of a square that holds `code` with its symbol (without the quiet
    /// zone) `symbolWidth` points wide.
    public static func qrCodeSide(_ code: QRCodeMatrix, symbolWidth: Double) -> Double {
        symbolWidth * Double(code.size + 2 * QRCodeMatrix.quietZone) / Double(code.size)
    }
}
