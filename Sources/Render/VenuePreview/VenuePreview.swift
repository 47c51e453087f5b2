import Foundation
import SeatPlanCore

/// A to-scale preview of a venue (会场座位预览图), for checking a venue file by eye.
///
/// Pages, in order:
/// - one per hall floor, as the audience sees it (labelled 观众视角): the stage at the top with
///   the rostrum's chairs on the ground floor's page, every seat at its position with its
///   printed number, row numbers at both ends of each row, shaded blocks, zones in colour,
///   unavailable seats crossed out, a title block with seat counts, a legend and a scale bar;
///   a venue with a rostrum and no hall gets one page with the stage alone;
/// - one for banquet or boardroom tables: every table to scale with its name and precedence,
///   each seat with its position number, the host seats, the main table and the door (门);
/// - one listing the breakout rooms with their capacities and floors.
///
/// Paper: A3 landscape for pages of up to 1,000 places, A1 landscape for larger ones, unless
/// a ``PageSetup`` is given for every page.
///
/// ```swift
/// let venue = try VenueFile.read(contentsOf: url)
/// try VenuePreview(venue: venue).write(to: URL(fileURLWithPath: "preview.pdf"))
/// ```
public struct VenuePreview: Sendable {
    /// The venue to draw.
    public var venue: Venue
    /// The paper for every page, or `nil` to choose per page by its number of places.
    public var pageSetup: PageSetup?
    /// The typeface family for all text.
    public var font: FontFamily

    /// The most places (hall seats and rostrum chairs) drawn on an A3 page when the paper is
    /// chosen automatically; larger pages go on A1.
    public static let largestA3Page = 1000

    /// Creates a preview description; nothing is drawn until ``render()`` or ``write(to:)``.
    public init(venue: Venue, pageSetup: PageSetup? = nil, font: FontFamily = .sans) {
        self.venue = venue
        self.pageSetup = pageSetup
        self.font = font
    }

    /// The document title written into the PDF's metadata, e.g. "市会议中心大礼堂 会场座位预览图".
    public var documentTitle: String { "\(venue.name) 会场座位预览图" }

    /// Renders the preview as PDF bytes.
    ///
    /// - Throws: ``RenderError/nothingToRender(_:)`` when the venue has no rostrum, hall seats,
    ///   tables or rooms, or a Cairo error.
    public func render() throws -> Data {
        let document = try PDFDocument(metadata: PDFMetadata(title: documentTitle, subject: ChartView.audience.label))
        try draw(on: document)
        return try document.finish()
    }

    /// Renders the preview and writes it to `url` atomically (never a partial file).
    ///
    /// - Throws: what ``render()`` throws, or ``RenderError/cannotWrite(path:reason:)``.
    public func write(to url: URL) throws {
        let document = try PDFDocument(metadata: PDFMetadata(title: documentTitle, subject: ChartView.audience.label))
        try draw(on: document)
        try document.write(to: url)
    }

    /// Adds the preview's pages to `document`, e.g. to combine it with other charts.
    ///
    /// - Throws: ``RenderError/nothingToRender(_:)`` when there is nothing to draw.
    public func draw(on document: PDFDocument) throws {
        let pages = try VenuePreviewPages(venue: venue)
        let zones = ZoneAppearance.appearances(for: (venue.hall?.zones.map(\.name) ?? []).uniquedInOrder())
        for (index, content) in pages.contents.enumerated() {
            let number = index + 1
            switch content {
            case .hall(let plan):
                let size = (pageSetup ?? Self.automaticSetup(places: plan.placeCount)).pageSize
                let painter = VenuePreviewHallPage(venue: venue, plan: plan, zones: zones, pageSize: size, font: font)
                try document.addPage(size) { page in
                    painter.paint(on: page, pageNumber: number, pageCount: pages.contents.count)
                }
            case .tables(let layout):
                let size = (pageSetup ?? Self.automaticSetup(places: layout.tables.reduce(0) { $0 + $1.seats }))
                    .pageSize
                let painter = VenuePreviewTablesPage(venue: venue, layout: layout, pageSize: size, font: font)
                try document.addPage(size) { page in
                    painter.paint(on: page, pageNumber: number, pageCount: pages.contents.count)
                }
            case .rooms(let rooms):
                let size = (pageSetup ?? Self.automaticSetup(places: 0)).pageSize
                let painter = VenuePreviewRoomsPage(venue: venue, rooms: rooms, pageSize: size, font: font)
                try document.addPage(size) { page in
                    painter.paint(on: page, pageNumber: number, pageCount: pages.contents.count)
                }
            }
        }
    }

    /// A3 landscape for up to ``largestA3Page`` places, A1 landscape beyond.
    static func automaticSetup(places: Int) -> PageSetup {
        PageSetup(paper: places <= largestA3Page ? .a3 : .a1, orientation: .landscape)
    }
}

/// What each page of a preview shows, in page order.
struct VenuePreviewPages {
    enum Content {
        case hall(VenuePreviewHallPlan)
        case tables(TableLayout)
        case rooms([Room])
    }

    let contents: [Content]

    /// - Throws: ``RenderError/nothingToRender(_:)`` when the venue has nothing to draw.
    init(venue: Venue) throws(RenderError) {
        var contents: [Content] = []
        let floors = venue.hall?.floors ?? []
        let hallSeats = venue.seats.filter { $0.area == .hall }
        let groundFloor = floors.first.map { floor in hallSeats.filter { $0.floor == floor.number } } ?? []
        let stageWidth = VenuePreviewHallPlan.stageWidth(rostrum: venue.rostrum, groundFloorSeats: groundFloor)
        for (index, floor) in floors.enumerated() {
            let seats = hallSeats.filter { $0.floor == floor.number }
            guard !seats.isEmpty else { continue }
            contents.append(
                .hall(
                    VenuePreviewHallPlan(
                        floor: floor, seats: seats, rostrum: index == 0 ? venue.rostrum : nil, stageWidth: stageWidth,
                        showsStage: index == 0)))
        }
        if contents.isEmpty, let rostrum = venue.rostrum, rostrum.capacity > 0 {
            contents.append(
                .hall(VenuePreviewHallPlan(floor: nil, seats: [], rostrum: rostrum, stageWidth: stageWidth)))
        }
        if let tables = venue.tables, !tables.tables.isEmpty { contents.append(.tables(tables)) }
        if !venue.rooms.isEmpty { contents.append(.rooms(venue.rooms)) }
        guard !contents.isEmpty else {
            throw .nothingToRender("the venue '\(venue.name)' has no rostrum, hall seats, tables or rooms to draw")
        }
        self.contents = contents
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, in first-seen order.
    func uniquedInOrder() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
