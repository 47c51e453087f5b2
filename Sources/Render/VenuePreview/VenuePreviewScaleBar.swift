/// A scale bar in metres: a black-and-white bar of a round length with its figures, and the
/// printed scale ratio.
enum VenuePreviewScaleBar {
    /// The height the bar takes at A3 landscape; grows with the page.
    static let height = 46.0

    /// The longest round length in metres whose bar fits in `width` points.
    static func length(pointsPerMetre: Double, width: Double) -> Double {
        let candidates = [0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 500]
        return candidates.last { $0 * pointsPerMetre <= width } ?? candidates[0]
    }

    /// Paints the bar at the bottom of `box`.
    static func paint(mapping: VenuePreviewMapping, in box: PageRect, style: VenuePreviewStyle, on page: PDFPage) {
        let scale = style.scale
        let barWidth = box.width - 30 * scale
        let metres = length(pointsPerMetre: mapping.pointsPerMetre, width: barWidth)
        let segments = metres >= 5 && Int(metres) % 5 == 0 ? 5 : 4
        let barLength = mapping.length(metres)
        let segment = barLength / Double(segments)
        let barTop = box.maxY - 22 * scale
        let barHeight = 5 * scale
        let palette = VenuePreviewStyle.Palette.self
        page.drawText(
            "比例尺（米）　约 \(mapping.ratioText)",
            in: PageRect(x: box.x, y: box.maxY - height * scale, width: box.width, height: 14 * scale),
            style: style.text(9, .bold), alignment: .left, fit: .singleLine)
        for index in 0..<segments {
            let rect = PageRect(x: box.x + Double(index) * segment, y: barTop, width: segment, height: barHeight)
            page.fillRectangle(rect, color: index.isMultiple(of: 2) ? palette.ink : .white)
        }
        page.strokeRectangle(
            PageRect(x: box.x, y: barTop, width: barLength, height: barHeight),
            style: LineStyle(width: 0.6 * scale, color: palette.ink))
        let figureStyle = style.text(8, .regular, palette.muted)
        for (index, value) in [0, metres / 2, metres].enumerated() {
            let x = box.x + barLength * Double(index) / 2
            let text = index == 2 ? "\(figure(value)) 米" : figure(value)
            let width = 40 * scale
            let alignment: HorizontalAlignment = index == 0 ? .left : index == 2 ? .left : .centre
            let left = index == 0 ? x : index == 2 ? x - 4 * scale : x - width / 2
            page.drawText(
                text, in: PageRect(x: left, y: barTop + barHeight + 2 * scale, width: width, height: 11 * scale),
                style: figureStyle, alignment: alignment, fit: .singleLine)
        }
    }

    /// "2.5", "10".
    private static func figure(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
