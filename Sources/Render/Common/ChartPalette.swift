/// The colours of every printed output: black text on white, quiet greys for structure, a pale
/// stage, one dark red accent (the main table, host seats, precedence numbers), and the tones
/// that shade units and sections.
enum ChartPalette {
    static let ink = RGBColor(hex: 0x1A1A1A)
    static let muted = RGBColor(hex: 0x5C5C5C)
    static let rule = RGBColor(hex: 0x8C8C8C)
    static let faint = RGBColor(hex: 0xC4C4C4)
    static let accent = RGBColor(hex: 0x9A3324)
    /// The frame of a seat changed by the last re-plan.
    static let changed = RGBColor(hex: 0xD9480F)

    static let stageFill = RGBColor(hex: 0xF4EEE2)
    static let stageEdge = RGBColor(hex: 0x6B5B45)
    static let audienceFill = RGBColor(hex: 0xF2F2F2)
    static let rostrumChair = RGBColor(hex: 0xE9D9B8)
    static let chairFill = RGBColor(hex: 0xFBF6EC)

    static let seatFill = RGBColor.white
    static let seatEdge = RGBColor(hex: 0x5C5C5C)
    static let emptyEdge = RGBColor(hex: 0xB4B4B4)
    static let unavailableFill = RGBColor(hex: 0xDBDBDB)
    static let unavailableMark = RGBColor(hex: 0xB0281A)

    static let section = RGBColor(hex: 0xF3F3F1)
    /// The column header and unit headings of printed lists.
    static let headerFill = RGBColor(hex: 0xE8E3D8)
    static let groupFill = RGBColor(hex: 0xF5F1E8)
    /// Alternating shades of the blocks between aisles on a venue preview.
    static let sectionTones = [RGBColor(hex: 0xEAE6DE), RGBColor(hex: 0xDFE6EC)]
    static let tableFill = RGBColor(hex: 0xF7F3EA)
    static let mainTableFill = RGBColor(hex: 0xF3E1C7)
    static let roomFill = RGBColor(hex: 0xF5F7F9)

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
