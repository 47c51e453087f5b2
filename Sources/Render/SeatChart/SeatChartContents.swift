import Foundation
import SeatPlanCore

/// What each sheet of a seat chart shows, in order: one per hall floor that has seats (the
/// rostrum on the first), the stage alone for a venue with a rostrum and no hall, and one for
/// the banquet tables.
struct SeatChartContents {
    enum Content {
        case floor(VenuePreviewHallPlan, entries: [PlacedPlan.Entry], rostrum: [PlacedPlan.Entry])
        case tables(TableLayout, entries: [PlacedPlan.Entry])
    }

    let placed: PlacedPlan
    let contents: [Content]
    /// Units coloured for the pale tones of the names mode and the stronger block colours.
    let nameUnits: SeatChartUnits
    let blockUnits: SeatChartUnits

    /// - Throws: ``RenderError/nothingToRender(_:)`` when neither the venue nor the plan has
    ///   anything to draw.
    init(_ placed: PlacedPlan) throws(RenderError) {
        self.placed = placed
        let venue = placed.venue
        let rostrum = placed.entries(in: .rostrum)
        let hall = placed.entries(in: .hall)
        let floors = venue.hall?.floors ?? []
        let hallSeats = venue.seats.filter { $0.area == .hall }
        let groundFloor = floors.first.map { floor in hallSeats.filter { $0.floor == floor.number } } ?? []
        let stageWidth = VenuePreviewHallPlan.stageWidth(rostrum: venue.rostrum, groundFloorSeats: groundFloor)
        var contents: [Content] = []
        for (index, floor) in floors.enumerated() {
            let seats = hallSeats.filter { $0.floor == floor.number }
            guard !seats.isEmpty else { continue }
            let plan = VenuePreviewHallPlan(
                floor: floor, seats: seats, rostrum: index == 0 ? venue.rostrum : nil, stageWidth: stageWidth,
                showsStage: index == 0)
            contents.append(
                .floor(
                    plan, entries: hall.filter { $0.seat?.floor == floor.number }, rostrum: index == 0 ? rostrum : []))
        }
        if contents.isEmpty, let stage = venue.rostrum, stage.capacity > 0 {
            let plan = VenuePreviewHallPlan(floor: nil, seats: [], rostrum: stage, stageWidth: stageWidth)
            contents.append(.floor(plan, entries: [], rostrum: rostrum))
        }
        if let tables = venue.tables, !tables.tables.isEmpty {
            contents.append(.tables(tables, entries: placed.entries(in: .banquet)))
        }
        guard !contents.isEmpty else {
            throw .nothingToRender(
                "the venue '\(venue.name)' has no rostrum, hall seats or tables to draw a seat chart on")
        }
        self.contents = contents
        nameUnits = SeatChartUnits(entries: placed.entries, colours: SeatChartStyle.Palette.nameTones.count)
        blockUnits = SeatChartUnits(entries: placed.entries, colours: SeatChartStyle.Palette.blockTones.count)
    }

    /// Seats the chart draws: hall and table seats plus rostrum chairs.
    var seatCount: Int { placed.venue.seats.count + (placed.venue.rostrum?.capacity ?? 0) }

    /// The sheet for content `index`, laid out on `size`; `page` is only used to measure text.
    func sheet(_ index: Int, size: PageSize, options: RenderOptions, kind: String, page: PDFPage) -> SeatChartSheet {
        switch contents[index] {
        case .floor(let plan, let entries, let rostrum):
            let probe = SeatChartFloorSheet(
                size: size,
                heading: heading(
                    kind: kind, part: plan.floorName, people: entries.count + rostrum.count, options: options),
                plan: plan, entries: entries, rostrum: rostrum, venue: placed.venue, units: nameUnits,
                view: options.view,
                font: options.font, page: page)
            guard !probe.showsNames else { return .floor(probe) }
            return .floor(
                SeatChartFloorSheet(
                    size: size, heading: probe.heading, plan: plan, entries: entries, rostrum: rostrum,
                    venue: placed.venue,
                    units: blockUnits, view: options.view, font: options.font, page: page))
        case .tables(let layout, let entries):
            return .tables(
                SeatChartTablesSheet(
                    size: size, heading: heading(kind: kind, part: "宴会桌次", people: entries.count, options: options),
                    venue: placed.venue, layout: layout, entries: entries, units: nameUnits, view: options.view,
                    font: options.font,
                    page: page))
        }
    }

    private func heading(kind: String, part: String, people: Int, options: RenderOptions) -> SeatChartFrame.Heading {
        let title = options.title
        let meeting = title.meeting.isEmpty ? (placed.plan.meeting ?? "") : title.meeting
        let venue =
            !title.venue.isEmpty ? title.venue : (!placed.plan.venue.isEmpty ? placed.plan.venue : placed.venue.name)
        let details =
            [("会场", venue), ("日期", title.date), ("方案版本", title.planVersion)]
            .filter { !$0.1.isEmpty }.map { "\($0.0)：\($0.1)" } + ["本页 \(people) 人"]
        return SeatChartFrame.Heading(
            meeting: meeting.isEmpty ? venue : meeting, subtitle: "\(kind)　·　\(part)",
            details: details.joined(separator: "　　"), viewLabel: options.view.label)
    }
}

/// One sheet of a seat chart, ready to paint.
enum SeatChartSheet {
    case floor(SeatChartFloorSheet)
    case tables(SeatChartTablesSheet)

    func paint(on canvas: SeatChartCanvas, pageNumber: Int, pageCount: Int) {
        switch self {
        case .floor(let sheet): sheet.paint(on: canvas, pageNumber: pageNumber, pageCount: pageCount)
        case .tables(let sheet): sheet.paint(on: canvas, pageNumber: pageNumber, pageCount: pageCount)
        }
    }
}
