/// Which way up a sheet is printed.
public enum PageOrientation: String, Sendable, Equatable, CaseIterable {
    /// The short edge at the top.
    case portrait
    /// The long edge at the top.
    case landscape
}

/// A sheet of paper: an ISO A size or a validated custom size, in millimetres, given in
/// portrait (width ≤ height for the ISO sizes).
public struct PaperSize: Sendable, Equatable, CustomStringConvertible {
    /// The largest edge a PDF page may have: 14,400 points (200 inches, 5,080 mm).
    public static let maximumEdgeMillimetres = 5080.0
    /// The smallest edge accepted; anything smaller is surely a unit mistake.
    public static let minimumEdgeMillimetres = 10.0

    /// ISO A4, 210 × 297 mm.
    public static let a4 = PaperSize(name: "A4", width: 210, height: 297)
    /// ISO A3, 297 × 420 mm.
    public static let a3 = PaperSize(name: "A3", width: 297, height: 420)
    /// ISO A2, 420 × 594 mm.
    public static let a2 = PaperSize(name: "A2", width: 420, height: 594)
    /// ISO A1, 594 × 841 mm.
    public static let a1 = PaperSize(name: "A1", width: 594, height: 841)
    /// ISO A0, 841 × 1189 mm.
    public static let a0 = PaperSize(name: "A0", width: 841, height: 1189)
    /// The named ISO sizes, smallest first.
    public static let isoSizes: [PaperSize] = [.a4, .a3, .a2, .a1, .a0]

    /// The size's name ("A4") or "custom".
    public let name: String
    /// Width in millimetres as given (portrait for the ISO sizes).
    public let widthMillimetres: Double
    /// Height in millimetres as given.
    public let heightMillimetres: Double

    private init(name: String, width: Double, height: Double) {
        self.name = name
        self.widthMillimetres = width
        self.heightMillimetres = height
    }

    /// A custom sheet of `widthMillimetres` × `heightMillimetres`.
    ///
    /// - Throws: ``RenderError/invalidPaperSize(widthMillimetres:heightMillimetres:reason:)``
    ///   when an edge is not finite, not positive, below 10 mm or above 5,080 mm (the PDF limit).
    public init(widthMillimetres: Double, heightMillimetres: Double) throws(RenderError) {
        if let reason = Self.problem(width: widthMillimetres, height: heightMillimetres) {
            throw .invalidPaperSize(
                widthMillimetres: widthMillimetres, heightMillimetres: heightMillimetres,
                reason: reason)
        }
        self.init(name: "custom", width: widthMillimetres, height: heightMillimetres)
    }

    /// The ISO size called `name` (case-insensitive: "A4", "a3").
    ///
    /// - Throws: ``RenderError/unknownPaperName(_:)`` for any other name.
    public init(named name: String) throws(RenderError) {
        let wanted = name.uppercased()
        guard let size = Self.isoSizes.first(where: { $0.name == wanted }) else {
            throw .unknownPaperName(name)
        }
        self = size
    }

    /// The page size in points for `orientation`: portrait puts the shorter edge across.
    public func pageSize(_ orientation: PageOrientation) -> PageSize {
        let short = PageUnits.points(millimetres: min(widthMillimetres, heightMillimetres))
        let long = PageUnits.points(millimetres: max(widthMillimetres, heightMillimetres))
        switch orientation {
        case .portrait: return PageSize(width: short, height: long)
        case .landscape: return PageSize(width: long, height: short)
        }
    }

    /// "A4" or "custom 210 × 140 mm".
    public var description: String {
        name == "custom" ? "custom \(widthMillimetres) × \(heightMillimetres) mm" : name
    }

    /// Why an edge pair in millimetres is unusable, or `nil` when it is fine.
    static func problem(width: Double, height: Double) -> String? {
        for edge in [width, height] {
            if !edge.isFinite { return "edges must be finite numbers" }
            if edge <= 0 { return "edges must be positive" }
            if edge < minimumEdgeMillimetres {
                return "edges must be at least \(minimumEdgeMillimetres) mm"
            }
            if edge > maximumEdgeMillimetres {
                return "edges must be at most \(maximumEdgeMillimetres) mm (the PDF page limit)"
            }
        }
        return nil
    }
}

extension PageSize {
    /// Why this page size is unusable for a PDF page, or `nil` when it is fine.
    var problem: String? {
        PaperSize.problem(
            width: width / PageUnits.pointsPerMillimetre,
            height: height / PageUnits.pointsPerMillimetre)
    }
}

/// A paper size and an orientation: everything needed to size a page.
public struct PageSetup: Sendable, Equatable {
    /// The sheet.
    public var paper: PaperSize
    /// Which way up it is printed.
    public var orientation: PageOrientation

    /// Creates a setup; the default is A4 landscape, the usual rostrum chart.
    public init(paper: PaperSize = .a4, orientation: PageOrientation = .landscape) {
        self.paper = paper
        self.orientation = orientation
    }

    /// The page size in points.
    public var pageSize: PageSize { paper.pageSize(orientation) }
}
