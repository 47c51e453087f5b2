/// The typeface family for Chinese text (宋体 / 黑体 / 楷体 families, protocol §5).
public enum FontFamily: String, Sendable, Equatable, CaseIterable {
    /// A Song/Ming face: Noto Serif CJK SC. The usual face for official documents.
    case serif
    /// A Hei face: Noto Sans CJK SC.
    case sans
    /// A Kai face when one is installed (AR PL UKai CN, from Debian's `fonts-arphic-ukai`),
    /// otherwise the serif face.
    case kai
}

/// The stroke weight of a face.
public enum FontWeight: Sendable, Equatable, CaseIterable {
    /// Regular weight.
    case regular
    /// Bold weight.
    case bold
}

/// Where text sits across its box.
public enum HorizontalAlignment: Sendable, Equatable, CaseIterable {
    /// Flush with the box's left edge.
    case left
    /// Centred in the box.
    case centre
    /// Flush with the box's right edge.
    case right
}

/// Where text sits up and down its box.
public enum VerticalAlignment: Sendable, Equatable, CaseIterable {
    /// At the top of the box.
    case top
    /// Centred in the box (the default).
    case centre
    /// At the bottom of the box.
    case bottom
}

/// What to do when text is too large for its box.
public enum TextFit: Sendable, Equatable {
    /// Keep the size; wrap at the box width (between words, or between characters for Chinese)
    /// and end with "…" where the lines would overflow the box height.
    case wrap
    /// Keep the size and one line; end with "…" where it would overflow the box width.
    case singleLine
    /// Shrink the size, down to `minimumSize` points, until the text fits one line of the box
    /// width; if it still does not fit, wrap and ellipsize at the minimum size.
    case shrink(minimumSize: Double)
}

/// How text looks: family, weight, size and colour.
public struct TextStyle: Sendable, Equatable {
    /// The typeface family.
    public var family: FontFamily
    /// The weight.
    public var weight: FontWeight
    /// The size in points (em height), before any shrinking to fit.
    public var size: Double
    /// The text colour.
    public var color: RGBColor

    /// Creates a style; the default is regular 12 pt serif in black.
    public init(
        family: FontFamily = .serif, weight: FontWeight = .regular, size: Double = 12,
        color: RGBColor = .black
    ) {
        self.family = family
        self.weight = weight
        self.size = size
        self.color = color
    }

    /// This style at another size.
    public func sized(_ size: Double) -> TextStyle {
        var copy = self
        copy.size = size
        return copy
    }
}

/// Where and how a piece of text ended up on the page.
public struct TextPlacement: Sendable, Equatable {
    /// The font size actually used, after any shrinking.
    public var size: Double
    /// The number of lines drawn.
    public var lineCount: Int
    /// Whether the text was cut short with "…".
    public var isEllipsized: Bool
    /// The rectangle the drawn text occupies (its logical extents).
    public var bounds: PageRect
}
