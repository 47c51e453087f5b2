import Foundation
import SeatPlanCore

/// Paints the tables page of a venue preview: the room's walls and door, every table to scale
/// with its name and precedence, and every seat with its position number, the host seats marked.
struct VenuePreviewTablesPage {
    let venue: Venue
    let layout: TableLayout
    let style: VenuePreviewStyle
    let frame: VenuePreviewFrame
    let mapping: VenuePreviewMapping
    /// The room: the tables with their seats and some space round them, and the door.
    let room: MetreBounds
    /// The radius of a seat circle, metres.
    let seatRadius: Double
    let seatsByTable: [String: [Seat]]
    /// Each table's precedence (1 = the main table).
    let ranks: [String: Int]

    /// The width of the door, metres.
    static let doorWidth = 1.6

    init(venue: Venue, layout: TableLayout, pageSize: PageSize, font: FontFamily) {
        self.venue = venue
        self.layout = layout
        style = VenuePreviewStyle(font: font, pageSize: pageSize)
        frame = VenuePreviewFrame(pageSize: pageSize, style: style)
        let seats = venue.seats.filter { $0.area == .banquet }
        seatsByTable = Dictionary(grouping: seats) { $0.table ?? "" }
        ranks = Dictionary(
            TablePrecedence.orderedTables(layout).enumerated().map { ($1.name, $0 + 1) },
            uniquingKeysWith: { first, _ in first })
        seatRadius = Self.seatRadius(seatsByTable)
        var room = MetreBounds()
        for table in layout.tables {
            room.include(x: table.centre.x - table.length / 2, y: table.centre.y - table.width / 2)
            room.include(x: table.centre.x + table.length / 2, y: table.centre.y + table.width / 2)
        }
        for seat in seats { room.include(x: seat.x, y: seat.y, margin: seatRadius) }
        room = room.padded(by: 1.2)
        room.include(x: layout.door.x, y: layout.door.y)
        self.room = room
        // Room outside the walls for the door's label.
        mapping = VenuePreviewMapping(
            fitting: room, into: frame.drawing.insetBy(dx: 24 * style.scale, dy: 24 * style.scale))
    }

    /// A seat circle as large as the closest neighbours at any table allow, at most 0.26 m.
    private static func seatRadius(_ byTable: [String: [Seat]]) -> Double {
        var closest = Double.infinity
        for seats in byTable.values {
            let ring = seats.sorted { ($0.position ?? 0) < ($1.position ?? 0) }
            for (seat, next) in zip(ring, ring.dropFirst()) {
                closest = min(closest, FloorPoint(x: seat.x, y: seat.y).distance(to: FloorPoint(x: next.x, y: next.y)))
            }
        }
        return min(0.26, closest.isFinite ? closest * 0.42 : 0.26)
    }

    func paint(on page: PDFPage, pageNumber: Int, pageCount: Int) {
        paintRoom(on: page)
        for table in layout.tables { paintTable(table, on: page) }
        paintSeats(on: page)
        frame.paintTitle(title, on: page)
        let scaleBarHeight = VenuePreviewScaleBar.height * style.scale
        let entries = PageRect(
            x: frame.legend.x, y: frame.legend.y, width: frame.legend.width,
            height: frame.legend.height - scaleBarHeight - 8 * style.scale)
        legend.paint(in: entries, style: style, on: page)
        VenuePreviewScaleBar.paint(mapping: mapping, in: frame.legend, style: style, on: page)
        frame.paintFooter(
            note: "平面图：上方为前方（主席台一侧），按比例绘制；每桌主人面向门而坐。", pageNumber: pageNumber,
            pageCount: pageCount, viewLabel: ChartView.audience.label, on: page)
    }

    private var title: VenuePreviewFrame.Title {
        let seatCount = layout.tables.reduce(0) { $0 + $1.seats }
        let kind = layout.tables.contains { $0.shape == .round } && layout.tables.count > 1 ? "宴会桌次预览图" : "会议桌座位预览图"
        var facts = "共 \(layout.tables.count) 桌 \(seatCount) 座"
        if let main = layout.main { facts += "　·　主桌：\(main.printedName)（\(main.seats) 座）" }
        let shapes = Dictionary(grouping: layout.tables, by: \.shape).map { shape, tables in
            "\(Self.shapeName(shape)) \(tables.count) 张"
        }
        facts += "　·　" + shapes.sorted().joined(separator: "、")
        return VenuePreviewFrame.Title(
            venue: venue.name, englishName: venue.englishName, subtitle: kind, details: [facts],
            viewLabel: ChartView.audience.label)
    }

    private static func shapeName(_ shape: TableShape) -> String {
        switch shape {
        case .round: "圆桌"
        case .rect: "长桌"
        case .oval: "椭圆桌"
        }
    }

    private var legend: VenuePreviewLegend {
        let palette = VenuePreviewStyle.Palette.self
        return VenuePreviewLegend(entries: [
            .heading("图示"),
            .item(.area(fill: palette.mainTableFill, edge: palette.accent), "主桌（加粗描边）"),
            .item(.area(fill: palette.tableFill, edge: palette.stageEdge), "餐桌 / 会议桌：中间为桌名，“桌次 N”为桌次（1 最尊）"),
            .item(.circle(fill: palette.accent, edge: palette.accent), "主人位（1 号座，面向门）"),
            .item(.circle(fill: .white, edge: palette.ink), "座位：数字为座号，自主人位起向其右手依次编号"),
            .item(.line(color: palette.accent, dash: []), "门（开启方向以弧线示意）"),
            .note("桌次：主桌第一；离主桌近者为先；距离相同时，以主桌主人面向门时的右侧为先。"),
        ])
    }

    private func paintRoom(on page: PDFPage) {
        let palette = VenuePreviewStyle.Palette.self
        let walls = mapping.rect(room)
        page.strokeRectangle(walls, style: LineStyle(width: 2.2 * style.scale, color: palette.rule))
        VenuePreviewDoor(room: room, door: layout.door, width: Self.doorWidth)
            .paint(mapping: mapping, style: style, on: page)
    }

    private func paintTable(_ table: Table, on page: PDFPage) {
        TableTopPainter(mapping: mapping, style: style)
            .paint(table, rank: ranks[table.name], isMain: table.name == layout.mainTable, on: page)
    }

    private func paintSeats(on page: PDFPage) {
        let palette = VenuePreviewStyle.Palette.self
        let radius = mapping.length(seatRadius)
        let numberSize = min(radius * 1.0, 11 * style.scale)
        let edge = LineStyle(width: min(0.6 * style.scale, radius * 0.1), color: palette.ink)
        for seats in seatsByTable.values {
            for seat in seats {
                let centre = mapping.point(x: seat.x, y: seat.y)
                let isHost = seat.position == 1
                page.fillCircle(centre: centre, radius: radius, color: isHost ? palette.accent : .white)
                page.strokeCircle(
                    centre: centre, radius: radius,
                    style: isHost ? LineStyle(width: edge.width, color: palette.accent) : edge)
                guard radius * 2 >= VenuePreviewHallPage.smallestNumberedSeat else { continue }
                let box = PageRect(
                    x: centre.x - radius * 1.4, y: centre.y - radius, width: radius * 2.8, height: radius * 2)
                page.drawFitted(
                    seat.number, in: box,
                    style: style.fixed(numberSize, isHost ? .bold : .regular, isHost ? .white : palette.ink),
                    minimumSize: numberSize * 0.6)
            }
        }
    }
}
