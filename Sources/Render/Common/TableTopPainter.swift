import SeatPlanCore

/// Draws a table to scale with its printed name and precedence rank (桌次), as the venue
/// preview and the banquet plan show it; the main table is emphasised.
struct TableTopPainter {
    let mapping: VenuePreviewMapping
    let style: VenuePreviewStyle

    func paint(_ table: Table, rank: Int?, isMain: Bool, on page: PDFPage) {
        let palette = VenuePreviewStyle.Palette.self
        let centre = mapping.point(table.centre)
        let halfLength = mapping.length(table.length / 2)
        let halfWidth = mapping.length(table.width / 2)
        let fill = isMain ? palette.mainTableFill : palette.tableFill
        let edge = LineStyle(
            width: (isMain ? 2.2 : 0.8) * style.scale, color: isMain ? palette.accent : palette.stageEdge)
        page.drawTableTop(
            table.shape, centre: centre, halfLength: halfLength, halfWidth: halfWidth, fill: fill, edge: edge,
            cornerRadius: 2 * style.scale)
        // The text sits in the largest box the table top holds (an ellipse holds 1/√2 of its axes).
        let inset = table.shape == .rect ? 0.9 : 0.7
        let textWidth = 2 * halfLength * inset
        let textHeight = 2 * halfWidth * inset
        let nameSize = min(textHeight * 0.35, (isMain ? 18 : 15) * style.scale)
        let nameBox = PageRect(
            x: centre.x - textWidth / 2, y: centre.y - textHeight * 0.41, width: textWidth, height: textHeight * 0.51)
        page.drawFitted(
            table.printedName, in: nameBox, style: style.fixed(nameSize, .bold, isMain ? palette.accent : palette.ink),
            verticalAlignment: .bottom, minimumSize: 2)
        guard let rank else { return }
        let rankBox = PageRect(x: nameBox.x, y: nameBox.maxY, width: textWidth, height: textHeight * 0.3)
        page.drawFitted(
            "桌次 \(rank)", in: rankBox,
            style: style.fixed(min(nameSize * 0.64, rankBox.height * 0.9), .regular, palette.muted),
            verticalAlignment: .top, minimumSize: 2)
    }
}
