import CPangoCairo

extension PDFPage {
    /// Draws `code` as a square of `side` points whose top-left corner is `origin`; the square
    /// includes the light quiet zone of ``QRCodeMatrix/quietZone`` modules on every side, which
    /// is painted white.
    ///
    /// The dark modules of each row are merged into runs and all runs are filled as one path,
    /// so a code costs one rectangle per run in the PDF and shows no seams between modules.
    public func drawQRCode(_ code: QRCodeMatrix, at origin: PagePoint, side: Double) {
        guard side.isFinite, side > 0 else { return }
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
