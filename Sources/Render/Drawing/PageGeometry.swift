/// A point on a page, in PDF points (1/72 inch), origin at the top-left corner, y downwards.
public struct PagePoint: Sendable, Equatable {
    /// Points from the left edge.
    public var x: Double
    /// Points from the top edge.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A width and height in PDF points.
public struct PageSize: Sendable, Equatable {
    /// Width in points.
    public var width: Double
    /// Height in points.
    public var height: Double

    /// Creates a size; ``PDFDocument`` validates it when a page of this size is added.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
}

/// An axis-aligned rectangle on a page, in PDF points, origin top-left.
public struct PageRect: Sendable, Equatable {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width (not negative for a meaningful rectangle).
    public var width: Double
    /// Height (not negative for a meaningful rectangle).
    public var height: Double

    /// Creates a rectangle from its top-left corner and size.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The right edge.
    public var maxX: Double { x + width }
    /// The bottom edge.
    public var maxY: Double { y + height }
    /// The centre point.
    public var centre: PagePoint { PagePoint(x: x + width / 2, y: y + height / 2) }

    /// This rectangle shrunk by `dx` on the left and right and `dy` at the top and bottom.
    public func insetBy(dx: Double, dy: Double) -> PageRect {
        PageRect(x: x + dx, y: y + dy, width: max(0, width - 2 * dx), height: max(0, height - 2 * dy))
    }
}

/// Unit conversions between millimetres and PDF points.
public enum PageUnits {
    /// PDF points per millimetre (72 / 25.4).
    public static let pointsPerMillimetre = 72.0 / 25.4

    /// Converts millimetres to points.
    public static func points(millimetres: Double) -> Double { millimetres * pointsPerMillimetre }
}
