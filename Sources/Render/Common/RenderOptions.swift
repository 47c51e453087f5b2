/// What `seatplan render` prints.
public enum RenderKind: String, Sendable, CaseIterable {
    /// The seat chart: rostrum and hall (or tables) to scale with names in seats.
    case chart
    /// The same chart on one large sheet, or tiled across numbered sheets.
    case wall
    /// Folded tent name cards (桌签).
    case cards
    /// Seat lists by unit and by name, and the sign-in list.
    case list
    /// Seat labels for chairs or pass stickers.
    case labels
    /// The banquet table plan and one list per table.
    case banquet
    /// Discussion group lists with an overview, from GROUPS.json (``GroupLists``).
    case groups
    /// Entry passes (入场证/座位证) with a signed QR code per person (``Passes``).
    case passes
}

/// Options shared by every printed output.
public struct RenderOptions: Sendable, Equatable {
    /// The sheet, or `nil` for the kind's own choice (e.g. A3 landscape for halls of 300+ seats).
    public var paper: PaperSize?
    /// Landscape when true; `nil` for the kind's own choice.
    public var landscape: Bool?
    /// Tile a wall chart across sheets of this size (`--tile A3`), with overlap and crop marks.
    public var tile: PaperSize?
    /// Audience view (观众视角, the default) or stage view (主席台视角).
    public var view: ChartView
    /// The typeface family (宋体 serif, 黑体 sans, 楷体 kai).
    public var font: FontFamily
    /// The title block: meeting, venue, date, plan version.
    public var title: ChartTitle

    /// Creates options; every argument has the usual default.
    public init(
        paper: PaperSize? = nil, landscape: Bool? = nil, tile: PaperSize? = nil, view: ChartView = .audience,
        font: FontFamily = .serif, title: ChartTitle = ChartTitle(meeting: "", venue: "", date: "", planVersion: "")
    ) {
        self.paper = paper
        self.landscape = landscape
        self.tile = tile
        self.view = view
        self.font = font
        self.title = title
    }

    /// The page setup to use: the options' paper and orientation where given, else `fallback`'s.
    public func pageSetup(default fallback: PageSetup) -> PageSetup {
        PageSetup(
            paper: paper ?? fallback.paper,
            orientation: landscape.map { $0 ? .landscape : .portrait } ?? fallback.orientation)
    }
}
