import Foundation
import SeatPlanCore

/// The banquet (or boardroom) tables of a seat chart on one sheet: the room with its door,
/// every table to scale with its name and precedence, and round each table the names of the
/// people at it in seat order, tinted by unit, with their seat numbers.
struct SeatChartTablesSheet {
    let size: PageSize
    let heading: SeatChartFrame.Heading
    let layout: TableLayout
    let seats: [Seat]
    /// Table entries by seat id.
    let entries: [String: PlacedPlan.Entry]
    let units: SeatChartUnits
    let view: ChartView
    let style: SeatChartStyle
    let frame: SeatChartFrame
    let mapping: SeatChartMapping
    let room: MetreBounds
    let ranks: [String: Int]
    /// Name size in points, and the name box's depth in metres.
    let nameSize: Double
    static let nameDepth = 0.34

    init(
        size: PageSize, heading: SeatChartFrame.Heading, venue: Venue, layout: TableLayout, entries: [PlacedPlan.Entry],
        units: SeatChartUnits, view: ChartView, font: FontFamily, page: PDFPage
    ) {
        self.size = size
        self.heading = heading
        self.layout = layout
        seats = venue.seats.filter { $0.area == .banquet }
        self.entries = Dictionary(
            entries.compactMap { entry in entry.seat.map { ($0.id, entry) } }, uniquingKeysWith: { first, _ in first })
        self.units = units
        self.view = view
        let style = SeatChartStyle(font: font, sheetSize: size)
        self.style = style
        frame = SeatChartFrame(sheetSize: size, style: style, legendWidth: nil)
        var room = MetreBounds()
        for table in layout.tables {
            room.include(x: table.centre.x - table.length / 2, y: table.centre.y - table.width / 2)
            room.include(x: table.centre.x + table.length / 2, y: table.centre.y + table.width / 2)
        }
        for seat in seats { room.include(x: seat.x, y: seat.y, margin: 0.7) }
        room = room.padded(by: 0.6)
        room.include(x: layout.door.x, y: layout.door.y)
        self.room = room
        var outside = room
        outside.include(x: room.minX, y: room.minY - 1.6)
        outside.include(x: room.maxX, y: room.maxY + 1.2)
        mapping = SeatChartMapping(fitting: outside, into: frame.drawing, view: view, stretch: false)
        ranks = Dictionary(
            TablePrecedence.orderedTables(layout).enumerated().map { ($1.name, $0 + 1) },
            uniquingKeysWith: { first, _ in first })
        let emWidth = max(0.5, page.measureText("国国国", style: style.fixed(10)).width / 30)
        let chord = Self.typicalChord(seats)
        nameSize = PDFPage.quantised(
            min(chord * 0.84 * mapping.xScale / (3 * emWidth), Self.nameDepth * mapping.yScale * 0.7, 16 * style.scale))
    }

    /// The usual distance between neighbouring seats at a table (the median), metres.
    private static func typicalChord(_ seats: [Seat]) -> Double {
        var chords: [Double] = []
        for ring in Dictionary(grouping: seats, by: { $0.table ?? "" }).values {
            let sorted = ring.sorted { ($0.position ?? 0) < ($1.position ?? 0) }
            for (seat, next) in zip(sorted, sorted.dropFirst()) {
                chords.append(hypot(next.x - seat.x, next.y - seat.y))
            }
        }
        let sorted = chords.sorted()
        return sorted.isEmpty ? 0.7 : min(1.2, sorted[sorted.count / 2])
    }

    func paint(on canvas: SeatChartCanvas, pageNumber: Int, pageCount: Int) {
        paintRoom(on: canvas)
        for table in layout.tables { paintTable(table, on: canvas) }
        paintSeats(on: canvas)
        frame.paintTitle(heading, on: canvas)
        let page = pageCount > 1 ? "第 \(pageNumber)/\(pageCount) 页　·　" : ""
        let orientation = view == .audience ? "前方（主桌一侧）在上，门在下" : "前方（主桌一侧）在下，左右与面向前方时相反"
        frame.paintFooter(
            note: "\(view.label)：\(orientation)；名牌底色区分单位，小字为座号（1 为主人位）。", pageText: "\(page)\(view.label)　·　SeatPlan",
            on: canvas)
    }

    private func paintRoom(on canvas: SeatChartCanvas) {
        let palette = SeatChartStyle.Palette.self
        let walls = mapping.rect(room)
        canvas.strokeRectangle(walls, style: LineStyle(width: 2 * style.scale, color: palette.rule))
        let front = mapping.point(x: 0, y: room.minY)
        let labelHeight = 18 * style.scale
        let top = view == .audience ? front.y - labelHeight - 4 * style.scale : front.y + 4 * style.scale
        canvas.drawText(
            "前　方", in: PageRect(x: front.x - 100 * style.scale, y: top, width: 200 * style.scale, height: labelHeight),
            style: style.text(13, .bold, palette.stageEdge))
        // The door: a gap in the nearest wall and "门" outside it.
        let placement = VenuePreviewDoor(room: room, door: layout.door, width: 1.6).placement
        let centre = mapping.point(placement.point)
        let half = mapping.xScale * 0.8
        let horizontal = placement.along.x != 0
        let gapStart =
            horizontal ? PagePoint(x: centre.x - half, y: centre.y) : PagePoint(x: centre.x, y: centre.y - half)
        let gapEnd =
            horizontal ? PagePoint(x: centre.x + half, y: centre.y) : PagePoint(x: centre.x, y: centre.y + half)
        canvas.strokeLine(from: gapStart, to: gapEnd, style: LineStyle(width: 4 * style.scale, color: .white))
        let outward = mapping.point(
            FloorPoint(x: placement.point.x - placement.inward.x * 0.9, y: placement.point.y - placement.inward.y * 0.9)
        )
        let box = 30 * style.scale
        canvas.drawText(
            "门", in: PageRect(x: outward.x - box / 2, y: outward.y - box / 2, width: box, height: box),
            style: style.text(14, .bold, palette.accent))
    }

    private func paintTable(_ table: Table, on canvas: SeatChartCanvas) {
        let palette = SeatChartStyle.Palette.self
        let isMain = table.name == layout.mainTable
        let centre = mapping.point(table.centre)
        let halfLength = table.length / 2 * mapping.xScale
        let halfWidth = table.width / 2 * mapping.yScale
        let fill = isMain ? palette.mainTableFill : palette.tableFill
        let edge = LineStyle(
            width: (isMain ? 1.6 : 0.7) * style.scale, color: isMain ? palette.accent : palette.stageEdge)
        switch table.shape {
        case .round, .oval:
            canvas.fillEllipse(centre: centre, radiusX: halfLength, radiusY: halfWidth, color: fill)
            canvas.strokeEllipse(centre: centre, radiusX: halfLength, radiusY: halfWidth, style: edge)
        case .rect:
            let rect = PageRect(
                x: centre.x - halfLength, y: centre.y - halfWidth, width: 2 * halfLength, height: 2 * halfWidth)
            canvas.fillRectangle(rect, color: fill, cornerRadius: 2 * style.scale)
            canvas.strokeRectangle(rect, style: edge, cornerRadius: 2 * style.scale)
        }
        let inset = table.shape == .rect ? 0.8 : 0.62
        let width = 2 * halfLength * inset
        let height = 2 * halfWidth * inset
        let nameSize = min(height * 0.3, 16 * style.scale)
        canvas.drawText(
            table.printedName,
            in: PageRect(x: centre.x - width / 2, y: centre.y - height * 0.42, width: width, height: height * 0.46),
            style: style.fixed(nameSize, .bold, isMain ? palette.accent : palette.ink), verticalAlignment: .bottom,
            fit: .shrink(minimumSize: 2))
        if let rank = ranks[table.name] {
            canvas.drawText(
                "桌次 \(rank)",
                in: PageRect(x: centre.x - width / 2, y: centre.y + height * 0.06, width: width, height: height * 0.3),
                style: style.fixed(nameSize * 0.62, .regular, palette.muted), verticalAlignment: .top,
                fit: .shrink(minimumSize: 2))
        }
    }

    private func paintSeats(on canvas: SeatChartCanvas) {
        let palette = SeatChartStyle.Palette.self
        let chord = Self.typicalChord(seats)
        let tables = Dictionary(layout.tables.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for seat in seats {
            guard let table = tables[seat.table ?? ""] else { continue }
            let dx = seat.x - table.centre.x
            let dy = seat.y - table.centre.y
            let distance = max(hypot(dx, dy), 1e-6)
            let outward = (x: dx / distance, y: dy / distance)
            let widthMetres = chord * 0.88
            let width = widthMetres * mapping.xScale
            let height = Self.nameDepth * mapping.yScale
            // A round table's name boxes sit just off its rim, as close as their size allows, so
            // that the names of neighbouring tables keep apart; a long table's stand at the seats.
            let rim = Self.rim(of: table, towards: outward)
            let reach =
                table.shape == .rect
                ? distance + 0.1
                : max(distance, rim + 0.06 + widthMetres / 2 * abs(outward.x) + Self.nameDepth / 2 * abs(outward.y))
            let centre = mapping.point(x: table.centre.x + outward.x * reach, y: table.centre.y + outward.y * reach)
            let box = PageRect(x: centre.x - width / 2, y: centre.y - height / 2, width: width, height: height)
            let entry = entries[seat.id]
            let isHost = seat.position == 1
            let fill = entry.map { tone($0.assignment.unit).fill } ?? palette.seatFill
            canvas.fillRectangle(box, color: fill, cornerRadius: height * 0.25)
            canvas.strokeRectangle(
                box,
                style: LineStyle(
                    width: (isHost ? 1.1 : 0.4) * style.scale,
                    color: isHost ? palette.accent : (entry == nil ? palette.emptyEdge : palette.seatEdge)),
                cornerRadius: height * 0.25)
            if let entry {
                let printed = NameTypography.padded(entry.assignment.name)
                let fit: TextFit = printed.count > 3 ? .shrink(minimumSize: nameSize * 0.5) : .singleLine
                canvas.drawText(
                    printed, in: box.insetBy(dx: width * 0.03, dy: 0), style: style.fixed(nameSize), fit: fit,
                    smallest: 1.5)
            }
            // The seat number just inside, towards the table.
            let numberReach = table.shape == .rect ? distance - 0.3 : rim - 0.13
            let numberCentre = mapping.point(
                x: table.centre.x + outward.x * numberReach, y: table.centre.y + outward.y * numberReach)
            let numberSize = max(nameSize * 0.55, 2)
            canvas.drawText(
                seat.number,
                in: PageRect(
                    x: numberCentre.x - numberSize, y: numberCentre.y - numberSize * 0.7, width: numberSize * 2,
                    height: numberSize * 1.4),
                style: style.fixed(numberSize, isHost ? .bold : .regular, isHost ? palette.accent : palette.muted),
                smallest: 1.5)
        }
    }

    /// The distance from a table's centre to its edge in direction `unit` (metres).
    static func rim(of table: Table, towards unit: (x: Double, y: Double)) -> Double {
        let a = max(table.length / 2, 0.01)
        let b = max(table.width / 2, 0.01)
        switch table.shape {
        case .round, .oval:
            return 1 / ((unit.x / a) * (unit.x / a) + (unit.y / b) * (unit.y / b)).squareRoot()
        case .rect:
            return min(
                abs(unit.x) > 1e-6 ? a / abs(unit.x) : .infinity, abs(unit.y) > 1e-6 ? b / abs(unit.y) : .infinity)
        }
    }

    private func tone(_ unit: String) -> (fill: RGBColor, ink: RGBColor) {
        let tones = SeatChartStyle.Palette.nameTones
        return tones[(units.colour[unit] ?? 0) % tones.count]
    }
}
