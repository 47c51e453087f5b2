/// The first page of a tiled wall chart (per floor): a thumbnail of the whole sheet with the
/// grid of tiles over it, each tile named (A1, A2, … by row letter and column number), and
/// how to put them together.
struct WallChartAssemblyMap {
    let tiling: WallChartTiling
    let sheetSize: PageSize
    let part: String
    let options: RenderOptions
    let sheetPaper: PaperSize
    let tilePaper: PaperSize

    func paint(sheet: SeatChartSheet, pageNumber: Int, pageCount: Int, on page: PDFPage) {
        let size = page.size
        let margin = tiling.margin * 1.6
        let palette = SeatChartStyle.Palette.self
        let font = options.font
        page.drawText(
            "墙挂座次图拼贴示意　·　\(part)", in: PageRect(x: margin, y: margin, width: size.width - 2 * margin, height: 24),
            style: TextStyle(family: font, weight: .bold, size: 17, color: palette.ink), alignment: .left,
            fit: .shrink(minimumSize: 9))
        let viewBox = PageRect(x: size.width - margin - 90, y: margin, width: 90, height: 24)
        page.strokeRectangle(viewBox, style: LineStyle(width: 1.2, color: palette.ink), cornerRadius: 3)
        page.drawText(options.view.label, in: viewBox, style: TextStyle(family: font, weight: .bold, size: 12))
        let widthMM = Int((sheetSize.width / PageUnits.pointsPerMillimetre).rounded())
        let heightMM = Int((sheetSize.height / PageUnits.pointsPerMillimetre).rounded())
        let facts =
            "整幅约 \(widthMM) × \(heightMM) mm（不小于 \(sheetPaper.description)），分 \(tiling.rows) 行 × \(tiling.columns) 列共 "
            + "\(tiling.count) 张 \(tilePaper.description) 纸打印（本示意页除外）；相邻图幅重叠 "
            + "\(Int(WallChartTiling.overlapMillimetres)) mm。"
        page.drawText(
            facts, in: PageRect(x: margin, y: margin + 28, width: size.width - 2 * margin, height: 14),
            style: TextStyle(family: font, size: 9, color: palette.muted), alignment: .left,
            fit: .shrink(minimumSize: 6))
        let steps = "拼贴：按行字母（A 为最上一行）、列数字（1 为最左一列）排列；沿裁切标记裁去白边，以虚线对齐重叠部分后粘贴。"
        page.drawText(
            steps, in: PageRect(x: margin, y: size.height - margin - 14, width: size.width - 2 * margin, height: 14),
            style: TextStyle(family: font, size: 9, color: palette.muted), alignment: .left,
            fit: .shrink(minimumSize: 6))

        let area = PageRect(
            x: margin, y: margin + 52, width: size.width - 2 * margin, height: size.height - 2 * margin - 52 - 24)
        let scale = min(area.width / sheetSize.width, area.height / sheetSize.height)
        let thumb = PageRect(
            x: area.x + (area.width - sheetSize.width * scale) / 2,
            y: area.y + (area.height - sheetSize.height * scale) / 2,
            width: sheetSize.width * scale, height: sheetSize.height * scale)
        let canvas = SeatChartCanvas(
            page: page, sheetOrigin: PagePoint(x: 0, y: 0), pageOrigin: PagePoint(x: thumb.x, y: thumb.y), scale: scale,
            visible: PageRect(x: 0, y: 0, width: sheetSize.width, height: sheetSize.height), isThumbnail: true)
        sheet.paint(on: canvas, pageNumber: pageNumber, pageCount: pageCount)
        page.strokeRectangle(thumb, style: LineStyle(width: 0.6, color: palette.rule))
        let labelSize = max(8, min(28, tiling.step.height * scale * 0.3))
        for row in 0..<tiling.rows {
            for column in 0..<tiling.columns {
                let region = canvas.rect(tiling.region(row: row, column: column))
                page.strokeRectangle(region, style: LineStyle(width: 1, color: palette.accent, dash: [4, 2]))
                page.drawText(
                    WallChartTiling.name(row: row, column: column), in: region.insetBy(dx: 4, dy: 4),
                    style: TextStyle(family: font, weight: .bold, size: labelSize, color: palette.accent))
            }
        }
    }
}
