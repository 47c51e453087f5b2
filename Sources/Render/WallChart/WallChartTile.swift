/// One printed tile of a wall chart: its part of the large sheet, clipped to the printed area,
/// crop marks at the printed area's corners, dashed lines where the neighbours' edges land
/// (the 10 mm overlap) and the tile's label in the margin.
struct WallChartTile {
    let tiling: WallChartTiling
    let row: Int
    let column: Int
    /// The floor or part of the chart, e.g. "一楼".
    let part: String
    let view: ChartView
    let font: FontFamily

    func paint(sheet: SeatChartSheet, pageNumber: Int, pageCount: Int, on page: PDFPage) {
        let margin = tiling.margin
        let region = tiling.region(row: row, column: column)
        let printed = PageRect(x: margin, y: margin, width: tiling.cell.width, height: tiling.cell.height)
        page.withClip(printed) {
            let canvas = SeatChartCanvas(
                page: page, sheetOrigin: PagePoint(x: region.x, y: region.y),
                pageOrigin: PagePoint(x: margin, y: margin),
                scale: 1, visible: region)
            sheet.paint(on: canvas, pageNumber: pageNumber, pageCount: pageCount)
        }
        paintOverlapLines(printed, on: page)
        paintCropMarks(printed, on: page)
        paintLabel(printed, on: page)
    }

    /// Dashed lines inside the printed area where each neighbour's printed area begins.
    private func paintOverlapLines(_ printed: PageRect, on page: PDFPage) {
        let style = LineStyle(width: 0.4, color: SeatChartStyle.Palette.rule, dash: [3, 3])
        let overlap = tiling.overlap
        if column > 0 {
            page.strokeLine(
                from: PagePoint(x: printed.x + overlap, y: printed.y),
                to: PagePoint(x: printed.x + overlap, y: printed.maxY), style: style)
        }
        if column < tiling.columns - 1 {
            page.strokeLine(
                from: PagePoint(x: printed.maxX - overlap, y: printed.y),
                to: PagePoint(x: printed.maxX - overlap, y: printed.maxY), style: style)
        }
        if row > 0 {
            page.strokeLine(
                from: PagePoint(x: printed.x, y: printed.y + overlap),
                to: PagePoint(x: printed.maxX, y: printed.y + overlap), style: style)
        }
        if row < tiling.rows - 1 {
            page.strokeLine(
                from: PagePoint(x: printed.x, y: printed.maxY - overlap),
                to: PagePoint(x: printed.maxX, y: printed.maxY - overlap), style: style)
        }
    }

    /// Crop marks at the corners of the printed area, in the margin.
    private func paintCropMarks(_ printed: PageRect, on page: PDFPage) {
        let style = LineStyle(width: 0.5, color: .black)
        let gap = PageUnits.points(millimetres: 2)
        let length = tiling.margin - gap - PageUnits.points(millimetres: 1)
        for x in [printed.x, printed.maxX] {
            for y in [printed.y, printed.maxY] {
                let outX = x == printed.x ? -1.0 : 1.0
                let outY = y == printed.y ? -1.0 : 1.0
                page.strokeLine(
                    from: PagePoint(x: x + outX * gap, y: y), to: PagePoint(x: x + outX * (gap + length), y: y),
                    style: style)
                page.strokeLine(
                    from: PagePoint(x: x, y: y + outY * gap), to: PagePoint(x: x, y: y + outY * (gap + length)),
                    style: style)
            }
        }
    }

    /// "B2　第 2 行 第 2 列（共 3 行 × 3 列）　·　一楼　·　观众视角" in the top margin.
    private func paintLabel(_ printed: PageRect, on page: PDFPage) {
        let name = WallChartTiling.name(row: row, column: column)
        let text =
            "\(name)　第 \(row + 1) 行 第 \(column + 1) 列（共 \(tiling.rows) 行 × \(tiling.columns) "
            + "列）　·　\(part)　·　\(view.label)"
        let height = tiling.margin * 0.6
        let box = PageRect(
            x: printed.x + tiling.margin * 0.4, y: (tiling.margin - height) / 2,
            width: printed.width - tiling.margin * 0.8, height: height)
        page.drawText(
            text, in: box, style: TextStyle(family: font, weight: .bold, size: 8, color: SeatChartStyle.Palette.ink),
            alignment: .left, fit: .singleLine)
        let bottom = PageRect(
            x: box.x, y: printed.maxY + (tiling.margin - height) / 2, width: box.width, height: height)
        page.drawText(
            "沿裁切标记裁去白边；虚线为与相邻图幅重叠 10 mm 处，对齐后拼贴", in: bottom,
            style: TextStyle(family: font, size: 6.5, color: SeatChartStyle.Palette.muted), alignment: .left,
            fit: .singleLine)
        page.drawText(
            name, in: bottom, style: TextStyle(family: font, weight: .bold, size: 8, color: SeatChartStyle.Palette.ink),
            alignment: .right, fit: .singleLine)
    }
}
