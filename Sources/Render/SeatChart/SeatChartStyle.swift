/// The look of seat and wall charts: the rostrum chart's quiet palette, unit tones, and text
/// sizes that grow with the sheet.
struct SeatChartStyle {
    typealias Palette = ChartPalette

    /// The face for all text.
    let font: FontFamily
    /// How much larger than A3 landscape the sheet is; fixed sizes grow by this factor.
    let scale: Double

    init(font: FontFamily, sheetSize: PageSize) {
        self.font = font
        scale = max(0.6, min(sheetSize.width / 1190.55, sheetSize.height / 841.89, 6))
    }

    /// A style whose `size` is for A3 landscape and grows with the sheet.
    func text(_ size: Double, _ weight: FontWeight = .regular, _ color: RGBColor = Palette.ink) -> TextStyle {
        TextStyle(family: font, weight: weight, size: size * scale, color: color)
    }

    /// A style of exactly `size` points.
    func fixed(_ size: Double, _ weight: FontWeight = .regular, _ color: RGBColor = Palette.ink) -> TextStyle {
        TextStyle(family: font, weight: weight, size: size, color: color)
    }

    /// The smallest name size printed: below it a chart shows unit blocks instead of names.
    static let smallestNameSize = 4.0
}
