import SeatPlanCore

/// Draws one seat label: the seat ("一楼 3排15号") large, the padded name below it and the unit
/// small at the bottom.
struct SeatLabelPainter {
    let seatStyle: TextStyle
    let nameStyle: TextStyle
    let unitStyle: TextStyle

    /// A painter in the face `family`.
    init(family: FontFamily) {
        seatStyle = TextStyle(family: family, weight: family == .kai ? .regular : .bold, size: 19)
        nameStyle = TextStyle(family: family, size: 18)
        unitStyle = TextStyle(family: family, size: 10, color: .grey(0.3))
    }

    /// Paints the label of `assignment` in `rect`.
    func paint(_ assignment: SeatAssignment, in rect: PageRect, on page: PDFPage) {
        let inner = rect.insetBy(dx: PageUnits.points(millimetres: 4), dy: PageUnits.points(millimetres: 3))
        let seatHeight = inner.height * 0.38
        let nameHeight = inner.height * 0.34
        let seatBox = PageRect(x: inner.x, y: inner.y, width: inner.width, height: seatHeight)
        let nameBox = PageRect(x: inner.x, y: seatBox.maxY, width: inner.width, height: nameHeight)
        let unitBox = PageRect(x: inner.x, y: nameBox.maxY, width: inner.width, height: inner.maxY - nameBox.maxY)
        page.drawText(assignment.label, in: seatBox, style: seatStyle, fit: .shrink(minimumSize: 7))
        page.drawText(
            NameTypography.padded(assignment.name), in: nameBox, style: nameStyle, fit: .shrink(minimumSize: 6))
        let unit = assignment.unit.trimmingWhitespace
        if !unit.isEmpty {
            page.drawText(unit, in: unitBox, style: unitStyle, fit: .shrink(minimumSize: 5))
        }
    }
}
