/// Draws one A6 pass: a red head band with the meeting and the word 座位证/入场证, the name large,
/// the unit, the seat and entrance, the QR code and a small line with the plan version.
struct PassPainter {
    /// The official red of the head band and the frame.
    static let red = RGBColor(hex: 0xB3_1B_1B)
    /// The width of the QR symbol (without its quiet zone) in millimetres.
    static let codeWidthMillimetres = 36.0
    /// The most the code with its quiet zone may take, in millimetres (only tiny codes reach it).
    static let codeSideLimitMillimetres = 48.0

    let meeting: String
    let wording: PassWording
    let footer: String
    let meetingStyle: TextStyle
    let wordStyle: TextStyle
    let nameStyle: TextStyle
    let unitStyle: TextStyle
    let captionStyle: TextStyle
    let valueStyle: TextStyle
    let footerStyle: TextStyle

    /// A painter for passes of `meeting` in the face `family`; `planVersion` goes in the footer.
    init(meeting: String, wording: PassWording, planVersion: String, family: FontFamily) {
        self.meeting = meeting
        self.wording = wording
        footer = [planVersion.isEmpty ? "" : "方案版本 \(planVersion)", "本证限本人使用　请妥善保管"]
            .filter { !$0.isEmpty }.joined(separator: "　·　")
        let bold: FontWeight = family == .kai ? .regular : .bold
        meetingStyle = TextStyle(family: family, weight: bold, size: 11.5, color: .white)
        wordStyle = TextStyle(family: family, weight: bold, size: 27, color: .white)
        nameStyle = TextStyle(family: family, weight: bold, size: 30)
        unitStyle = TextStyle(family: family, size: 11, color: .grey(0.25))
        captionStyle = TextStyle(family: .sans, size: 8, color: .grey(0.45))
        valueStyle = TextStyle(family: family, weight: bold, size: 14)
        footerStyle = TextStyle(family: .sans, size: 6.5, color: .grey(0.5))
    }

    /// Paints `pass` with its encoded `code` in `rect` (a 105 × 148 mm pass) on `page`.
    func paint(_ pass: PassContent, code: QRCodeMatrix, in rect: PageRect, on page: PDFPage) {
        func mm(_ value: Double) -> Double { PageUnits.points(millimetres: value) }
        func box(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> PageRect {
            PageRect(x: rect.x + mm(x), y: rect.y + mm(y), width: mm(width), height: mm(height))
        }
        let frame = box(6, 6, 93, 136)
        page.fillRectangle(box(6, 6, 93, 31), color: Self.red)
        page.strokeRectangle(frame, style: LineStyle(width: 1.2, color: Self.red))
        page.drawText(meeting, in: box(11, 9, 83, 12), style: meetingStyle, fit: .shrink(minimumSize: 7))
        page.drawText(spaced(wording.text), in: box(11, 21.5, 83, 13), style: wordStyle, fit: .shrink(minimumSize: 12))

        page.drawText(pass.name, in: box(11, 41, 83, 15), style: nameStyle, fit: .shrink(minimumSize: 12))
        if !pass.unit.isEmpty {
            page.drawText(pass.unit, in: box(11, 56.5, 83, 7), style: unitStyle, fit: .shrink(minimumSize: 6))
        }
        page.strokeLine(
            from: PagePoint(x: rect.x + mm(14), y: rect.y + mm(66)),
            to: PagePoint(x: rect.x + mm(91), y: rect.y + mm(66)), style: LineStyle(width: 0.5, color: .grey(0.75)))
        drawField("座位", pass.seatLabel, top: 68.5, in: rect, on: page)
        drawField("入口", pass.entrance, top: 76.5, in: rect, on: page)

        let side = min(
            PDFPage.qrCodeSide(code, symbolWidth: mm(Self.codeWidthMillimetres)), mm(Self.codeSideLimitMillimetres))
        let codeTop = rect.y + mm(86) + (mm(Self.codeSideLimitMillimetres) - side) / 2
        page.drawQRCode(code, at: PagePoint(x: rect.centre.x - side / 2, y: codeTop), side: side)
        page.drawText(footer, in: box(9, 135, 87, 5), style: footerStyle, fit: .shrink(minimumSize: 4))
    }

    /// Draws one line of the seat block: a small caption on the left, the value bold after it.
    private func drawField(_ caption: String, _ value: String, top: Double, in rect: PageRect, on page: PDFPage) {
        let mm = PageUnits.pointsPerMillimetre
        page.drawText(
            caption, in: PageRect(x: rect.x + 14 * mm, y: rect.y + top * mm, width: 12 * mm, height: 7 * mm),
            style: captionStyle, alignment: .left, fit: .singleLine)
        page.drawText(
            value, in: PageRect(x: rect.x + 26 * mm, y: rect.y + top * mm, width: 65 * mm, height: 7 * mm),
            style: valueStyle, alignment: .left, fit: .shrink(minimumSize: 7))
    }

    /// The word with a thin gap between its characters (座 位 证), as passes set it.
    private func spaced(_ word: String) -> String {
        word.map(String.init).joined(separator: "\u{2002}")
    }
}
