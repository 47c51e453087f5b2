import SeatPlanCore

/// The QR code on the back of a name card: the person's signed code, as on their pass.
enum NameCardCode {
    /// The width of the symbol (without its quiet zone) on an A4 card, in millimetres.
    static let symbolWidthMillimetres = 25.0

    /// The encoded code of `assignment`'s attendee.
    ///
    /// - Throws: ``RenderError/missingPassCode(attendee:name:)`` when `codes` has none for them,
    ///   ``RenderError/cannotEncodeQRCode(_:)`` when no QR code holds it.
    static func matrix(for assignment: SeatAssignment, codes: [String: String]) throws(RenderError) -> QRCodeMatrix {
        guard let text = codes[assignment.attendee] else {
            throw .missingPassCode(attendee: assignment.attendee, name: assignment.name)
        }
        return try QRCodeMatrix(encoding: text)
    }
}

extension NameCardLayout {
    /// The square (quiet zone included) of `code` in `face`, in the face's own upright frame:
    /// in the bottom-left corner, by the edge that stands on the table, opposite the seat label.
    func codeSquare(for code: QRCodeMatrix, in face: PageRect) -> PageRect {
        let side = PDFPage.qrCodeSide(code, symbolWidth: millimetres(NameCardCode.symbolWidthMillimetres))
        // The quiet zone may reach into the margin; the symbol keeps clear of the cut line.
        let quiet = side * Double(QRCodeMatrix.quietZone) / Double(code.size + 2 * QRCodeMatrix.quietZone)
        let inset = max(0, millimetres(7) - quiet)
        return PageRect(x: face.x + inset + millimetres(2), y: face.maxY - side - inset, width: side, height: side)
    }
}
