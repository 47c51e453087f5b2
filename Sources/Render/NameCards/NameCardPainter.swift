/// Draws one tent card per page: cut and fold marks, the name on both faces (the back face
/// upside down) and the tiny seat label for the staff who place the cards.
struct NameCardPainter {
    /// Where everything goes on the sheet.
    let layout: NameCardLayout
    /// The large name.
    let nameStyle: TextStyle
    /// The Latin line of a bilingual name.
    let foreignStyle: TextStyle
    /// Unit and post.
    let detailStyle: TextStyle
    /// The seat label in the corner.
    let seatStyle: TextStyle

    /// A painter for sheets of `pageSize` in the face `family`.
    init(pageSize: PageSize, family: FontFamily) {
        layout = NameCardLayout(pageSize: pageSize)
        // AR PL UKai has no bold face and a synthetic bold smears its brush strokes.
        let weight: FontWeight = family == .kai ? .regular : .bold
        let scale = layout.scale
        nameStyle = TextStyle(family: family, weight: weight, size: (110 * scale).rounded())
        // UKai's Latin letters are a typewriter face; Latin names read better in the serif's.
        foreignStyle = TextStyle(family: family == .kai ? .serif : family, weight: weight, size: (40 * scale).rounded())
        detailStyle = TextStyle(family: family, size: (24 * scale).rounded(), color: .grey(0.2))
        seatStyle = TextStyle(family: .sans, size: (8 * scale).rounded(), color: .grey(0.5))
    }

    /// The sizes the text of one card was set in, so the second face repeats the first.
    private struct FittedSizes {
        var name: Double
        var foreign: Double?
        var detail: Double?
    }

    /// Paints `card` for the seat `seatLabel` on `page`, with `code` on the back face when given.
    func paint(_ card: NameCardText, seatLabel: String, code: QRCodeMatrix? = nil, on page: PDFPage) {
        drawMarks(on: page)
        let sizes = drawFace(card, in: layout.frontFace, fitted: nil, on: page)
        // The back face is drawn turned a half turn about its centre, so it reads from the
        // other side of the folded card.
        page.withRotation(Double.pi, around: layout.backFace.centre) {
            _ = drawFace(card, in: layout.backFace, fitted: sizes, on: page)
            if !seatLabel.isEmpty {
                page.drawText(
                    seatLabel, in: layout.seatLabelBox(in: layout.backFace), style: seatStyle,
                    alignment: .right, fit: .singleLine)
            }
            if let code {
                let square = layout.codeSquare(for: code, in: layout.backFace)
                page.drawQRCode(code, at: PagePoint(x: square.x, y: square.y), side: square.width)
            }
        }
    }

    /// Draws the name and detail line in `face`; fits them to the face unless `fitted` gives
    /// the sizes already found for the other face.
    private func drawFace(_ card: NameCardText, in face: PageRect, fitted: FittedSizes?, on page: PDFPage)
        -> FittedSizes
    {
        let nameBox = layout.nameBox(in: face, withDetail: card.detail != nil)
        var sizes = FittedSizes(name: nameStyle.size)
        if let foreign = card.foreignName {
            // The Han name takes the upper part of the block, the foreign name the lower.
            let split = nameBox.height * 0.62
            let hanBox = PageRect(x: nameBox.x, y: nameBox.y, width: nameBox.width, height: split)
            let latinBox = PageRect(
                x: nameBox.x, y: nameBox.y + split, width: nameBox.width, height: nameBox.height - split)
            sizes.name = draw(card.name, in: hanBox, style: nameStyle, size: fitted?.name, on: page)
            sizes.foreign = draw(foreign, in: latinBox, style: foreignStyle, size: fitted?.foreign, on: page)
        } else {
            sizes.name = draw(card.name, in: nameBox, style: nameStyle, size: fitted?.name, on: page)
        }
        if let detail = card.detail {
            sizes.detail = draw(
                detail, in: layout.detailBox(in: face), style: detailStyle, size: fitted?.detail, on: page)
        }
        return sizes
    }

    /// Draws `text` shrunk to fit `box`, or at `size` when it is known; returns the size used.
    private func draw(_ text: String, in box: PageRect, style: TextStyle, size: Double?, on page: PDFPage) -> Double {
        if let size {
            return page.drawText(text, in: box, style: style.sized(size), fit: .wrap).size
        }
        return page.drawText(text, in: box, style: style, fit: .shrink(minimumSize: 4)).size
    }

    /// The dashed fold line between the faces, and short solid ticks at both ends of the fold
    /// and the two cut lines, at the sheet's left and right edges (long enough to show past a
    /// printer's unprintable margin).
    private func drawMarks(on page: PDFPage) {
        let width = page.size.width
        let tick = layout.millimetres(10)
        let markStyle = LineStyle(width: 0.5, color: .grey(0.55))
        page.strokeLine(
            from: PagePoint(x: tick + layout.millimetres(2), y: layout.foldY),
            to: PagePoint(x: width - tick - layout.millimetres(2), y: layout.foldY),
            style: LineStyle(width: 0.4, color: .grey(0.7), dash: [4, 3]))
        for y in layout.cutLines + [layout.foldY] {
            page.strokeLine(from: PagePoint(x: 0, y: y), to: PagePoint(x: tick, y: y), style: markStyle)
            page.strokeLine(from: PagePoint(x: width - tick, y: y), to: PagePoint(x: width, y: y), style: markStyle)
        }
    }
}
