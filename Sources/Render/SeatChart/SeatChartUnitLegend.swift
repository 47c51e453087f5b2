import SeatPlanCore

/// The legend of a chart drawn in unit blocks: every unit on the sheet with its colour, its
/// number (printed on blocks too small for the name) and how many of its people sit there,
/// in as many columns as it takes.
struct SeatChartUnitLegend {
    let units: SeatChartUnits
    let entries: [PlacedPlan.Entry]
    let style: SeatChartStyle

    func paint(in box: PageRect, on canvas: SeatChartCanvas) {
        let scale = style.scale
        let palette = SeatChartStyle.Palette.self
        var counts: [String: Int] = [:]
        for entry in entries { counts[entry.assignment.unit, default: 0] += 1 }
        let shown = units.ordered.filter { counts[$0] != nil }
        canvas.drawText(
            "单位图例（色块内为单位名或编号）", in: PageRect(x: box.x, y: box.y, width: box.width, height: 16 * scale),
            style: style.text(10.5, .bold), alignment: .left)
        let area = PageRect(x: box.x, y: box.y + 20 * scale, width: box.width, height: box.height - 20 * scale)
        guard !shown.isEmpty else { return }
        // The largest line height (from 12 down to 5 pt at A3) at which every unit fits in
        // columns at least eight lines wide; at the smallest, as many columns as are that wide.
        var lineHeight = 12 * scale
        var columns = 1
        while true {
            let perColumn = max(1, Int(area.height / lineHeight))
            columns = max(1, (shown.count + perColumn - 1) / perColumn)
            if area.width / Double(columns) >= lineHeight * 8 { break }
            if lineHeight <= 5 * scale {
                columns = max(1, Int(area.width / (lineHeight * 8)))
                break
            }
            lineHeight *= 0.94
        }
        let perColumn = max(1, Int(area.height / lineHeight))
        let columnWidth = area.width / Double(columns)
        let capacity = perColumn * columns
        let textSize = lineHeight * 0.72
        for (index, unit) in shown.prefix(capacity).enumerated() {
            let column = index / perColumn
            let row = index % perColumn
            let left = area.x + Double(column) * columnWidth
            let top = area.y + Double(row) * lineHeight
            let swatch = PageRect(
                x: left, y: top + lineHeight * 0.15, width: lineHeight * 1.1, height: lineHeight * 0.7)
            canvas.fillRectangle(
                swatch, color: palette.blockTones[(units.colour[unit] ?? 0) % palette.blockTones.count])
            let text = "\(units.number[unit] ?? 0)　\(unit)（\(counts[unit] ?? 0)）"
            canvas.drawText(
                text,
                in: PageRect(
                    x: swatch.maxX + lineHeight * 0.3, y: top, width: columnWidth - swatch.width - lineHeight * 0.6,
                    height: lineHeight),
                style: style.fixed(textSize), alignment: .left)
        }
        if shown.count > capacity {
            canvas.drawText(
                "另有 \(shown.count - capacity) 个单位从略",
                in: PageRect(x: area.x, y: area.maxY, width: area.width, height: lineHeight),
                style: style.fixed(textSize, .regular, palette.muted), alignment: .left)
        }
    }
}
