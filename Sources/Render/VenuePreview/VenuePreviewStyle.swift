/// The look of a venue preview: palette, zone colours and text sizes that grow with the paper.
struct VenuePreviewStyle {
    typealias Palette = ChartPalette

    /// The face for every text of the preview.
    let font: FontFamily
    /// How much larger than A3 landscape the page is; fixed sizes grow by this factor.
    let scale: Double

    /// The style for a page of `size`.
    init(font: FontFamily, pageSize: PageSize) {
        self.font = font
        scale = max(0.5, min(pageSize.width / 1190.55, pageSize.height / 841.89, 4))
    }

    /// A text style; `size` is for A3 landscape and grows with the page.
    func text(_ size: Double, _ weight: FontWeight = .regular, _ color: RGBColor = Palette.ink) -> TextStyle {
        TextStyle(family: font, weight: weight, size: size * scale, color: color)
    }

    /// A text style of exactly `size` points, for text sized to the drawing rather than the page.
    func fixed(_ size: Double, _ weight: FontWeight = .regular, _ color: RGBColor = Palette.ink) -> TextStyle {
        TextStyle(family: font, weight: weight, size: size, color: color)
    }
}

/// How one zone is shown: its printed name and colours.
struct ZoneAppearance: Equatable {
    /// The zone name from the venue file, e.g. `press`.
    let name: String
    /// The Chinese name printed in the legend, e.g. "记者席", or `nil` for a zone the preview
    /// does not know.
    let chineseName: String?
    /// The pale fill of its seats.
    let fill: RGBColor
    /// The strong colour used for outlines of seats that are also in this zone.
    let strong: RGBColor

    /// "记者席 press", or just the file's name for an unknown zone.
    var legendName: String { chineseName.map { "\($0) \(name)" } ?? name }

    /// Known zones (protocol A2.5) with fixed colours, so every venue reads the same way.
    private static let known: [String: (String, UInt32, UInt32)] = [
        "leaders": ("领导席", 0xF2C4B8, 0xB0402C),
        "guests": ("嘉宾席", 0xF6D2C2, 0xB0562C),
        "members": ("代表席", 0xD3E3F1, 0x2F6496),
        "nonvoting": ("列席", 0xE3DAF0, 0x6A4C93),
        "press": ("记者席", 0xF7E4AE, 0x9A7412),
        "staff": ("工作人员席", 0xD3E8CF, 0x3F7A37),
        "accessible": ("无障碍席", 0xC4E6EA, 0x1F7A86),
        "awardees": ("受表彰人员席", 0xF5D0E0, 0x9C2F61),
    ]

    /// Colours for zones the preview does not know, in order of first use.
    private static let spare: [(UInt32, UInt32)] = [
        (0xE9E2C6, 0x7A6A2C), (0xCFE9DF, 0x2C7A5E), (0xE8D3C8, 0x8A4B2E), (0xD8D8EE, 0x45458F),
        (0xEFD6D6, 0x8F3A3A), (0xDCE7C6, 0x5A7A22),
    ]

    /// Appearances for `zones` in order; unknown zones take the spare colours in turn.
    static func appearances(for zones: [String]) -> [ZoneAppearance] {
        var spareIndex = 0
        return zones.map { name in
            if let (chinese, fill, strong) = known[name] {
                return ZoneAppearance(
                    name: name, chineseName: chinese, fill: RGBColor(hex: fill), strong: RGBColor(hex: strong))
            }
            let (fill, strong) = spare[spareIndex % spare.count]
            spareIndex += 1
            return ZoneAppearance(
                name: name, chineseName: nil, fill: RGBColor(hex: fill), strong: RGBColor(hex: strong))
        }
    }
}
