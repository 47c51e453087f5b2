/// A colour as red, green and blue components in 0…1.
public struct RGBColor: Sendable, Equatable {
    /// Red, 0…1.
    public var red: Double
    /// Green, 0…1.
    public var green: Double
    /// Blue, 0…1.
    public var blue: Double

    /// Creates a colour; components are clamped to 0…1.
    public init(red: Double, green: Double, blue: Double) {
        self.red = Self.clamp(red)
        self.green = Self.clamp(green)
        self.blue = Self.clamp(blue)
    }

    /// A colour from a 24-bit hex value such as `0x1F3A5F`.
    public init(hex: UInt32) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255)
    }

    /// A grey with `level` from 0 (black) to 1 (white).
    public static func grey(_ level: Double) -> RGBColor {
        RGBColor(red: level, green: level, blue: level)
    }

    /// Black.
    public static let black = RGBColor(red: 0, green: 0, blue: 0)
    /// White.
    public static let white = RGBColor(red: 1, green: 1, blue: 1)

    private static func clamp(_ value: Double) -> Double {
        value.isFinite ? min(1, max(0, value)) : 0
    }
}

/// How a line or an outline is stroked.
public struct LineStyle: Sendable, Equatable {
    /// Line width in points (negative or non-finite widths draw hairlines of 0.1 pt).
    public var width: Double
    /// Stroke colour.
    public var color: RGBColor
    /// Dash pattern in points (on, off, on, …); empty for a solid line.
    public var dash: [Double]

    /// Creates a line style; the default is a solid black 0.75 pt line.
    public init(width: Double = 0.75, color: RGBColor = .black, dash: [Double] = []) {
        self.width = width
        self.color = color
        self.dash = dash
    }
}
