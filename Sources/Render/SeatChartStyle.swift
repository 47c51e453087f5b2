/// The look of seat and wall charts: the rostrum chart's quiet palette, unit tones, and text
/// sizes that grow with the sheet.
struct SeatChartStyle {
    enum Palette {
        static let ink = RGBColor(hex: 0x1A1A1A)
        static let muted = RGBColor(hex: 0x5C5C5C)
        static let rule = RGBColor(hex: 0x8C8C8C)
        static let faint = RGBColor(hex: 0xC8C8C8)
        static let section = RGBColor(hex: 0xF3F3F1)
        static let stageFill = RGBColor(hex: 0xF4EEE2)
        static let stageEdge = RGBColor(hex: 0x6B5B45)
        static let chairFill = RGBColor(hex: 0xFBF6EC)
        static let seatFill = RGBColor.white
        static let seatEdge = RGBColor(hex: 0x6E6E6E)
        static let emptyEdge = RGBColor(hex: 0xB4B4B4)
        static let unavailableFill = RGBColor(hex: 0xDDDDDD)
        static let accent = RGBColor(hex: 0x9A3324)
        static let tableFill = RGBColor(hex: 0xF7F3EA)
        static let mainTableFill = RGBColor(hex: 0xF3E1C7)
        /// Pale tones for the cells round named seats; neighbouring units never share one.
        static let nameTones: [(fill: RGBColor, ink: RGBColor)] = [
            (RGBColor(hex: 0xE9E0CC), RGBColor(hex: 0x6B5630)),
            (RGBColor(hex: 0xD6E2EC), RGBColor(hex: 0x2F5674)),
            (RGBColor(hex: 0xDCE8D5), RGBColor(hex: 0x3E6633)),
            (RGBColor(hex: 0xEEDADA), RGBColor(hex: 0x7A3B3B)),
            (RGBColor(hex: 0xE3DDEE), RGBColor(hex: 0x4F4275)),
        ]
        /// Stronger, still quiet colours for unit blocks when names are too small to print.
        static let blockTones: [RGBColor] = [
            RGBColor(hex: 0xC9B48A), RGBColor(hex: 0x9DB8CF), RGBColor(hex: 0xAFCB9F), RGBColor(hex: 0xD9A9A4),
            RGBColor(hex: 0xB9ADD3), RGBColor(hex: 0xE2C98E), RGBColor(hex: 0x9FCCC6), RGBColor(hex: 0xCFB2C9),
        ]
    }

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

    /// Sizes rounded down to quarter points, so that many labels share a few font sizes.
    static func quantised(_ size: Double) -> Double {
        max(0.25, (size * 4).rounded(.down) / 4)
    }

    /// The smallest name size printed: below it a chart shows unit blocks instead of names.
    static let smallestNameSize = 4.0
}
