import Foundation
import SeatPlanCore

/// Paints the breakout-room page of a venue preview: one box per room with its name, capacity
/// and floor, and a bar comparing its capacity with the largest room's.
struct VenuePreviewRoomsPage {
    let venue: Venue
    let rooms: [Room]
    let style: VenuePreviewStyle
    let frame: VenuePreviewFrame

    init(venue: Venue, rooms: [Room], pageSize: PageSize, font: FontFamily) {
        self.venue = venue
        self.rooms = rooms
        style = VenuePreviewStyle(font: font, pageSize: pageSize)
        frame = VenuePreviewFrame(pageSize: pageSize, style: style)
    }

    /// Columns and rows of the grid of room boxes for `count` rooms in `region`, boxes about
    /// 1.6 times as wide as high.
    static func grid(count: Int, region: PageRect) -> (columns: Int, rows: Int) {
        guard count > 0, region.height > 0 else { return (1, 1) }
        let ideal = (Double(count) * region.width / region.height / 1.6).squareRoot()
        let columns = min(count, max(1, Int(ideal.rounded())))
        return (columns, (count + columns - 1) / columns)
    }

    func paint(on page: PDFPage, pageNumber: Int, pageCount: Int) {
        let scale = style.scale
        let region = frame.drawing
        let (columns, rows) = Self.grid(count: rooms.count, region: region)
        let cellWidth = min(region.width / Double(columns), 260 * scale)
        let cellHeight = min(region.height / Double(rows), 124 * scale)
        let gridLeft = region.x + (region.width - cellWidth * Double(columns)) / 2
        let largest = max(1, rooms.map(\.capacity).max() ?? 1)
        for (index, room) in rooms.enumerated() {
            let cell = PageRect(
                x: gridLeft + Double(index % columns) * cellWidth, y: region.y + Double(index / columns) * cellHeight,
                width: cellWidth, height: cellHeight)
            paint(room, in: cell.insetBy(dx: 8 * scale, dy: 8 * scale), largest: largest, on: page)
        }
        frame.paintTitle(title, on: page)
        VenuePreviewLegend(entries: [
            .heading("图示"),
            .item(
                .area(fill: VenuePreviewStyle.Palette.roomFill, edge: VenuePreviewStyle.Palette.rule),
                "讨论室：室名、容纳人数、所在楼层"),
            .item(.area(fill: VenuePreviewStyle.Palette.accent, edge: nil), "色条：容纳人数与最大一间之比"),
            .note("讨论室按场馆文件中的顺序排列；本页不按比例绘制。"),
        ]).paint(in: frame.legend, style: style, on: page)
        frame.paintFooter(
            note: "分组讨论室一览：分组时每组人数（含列席领导与工作人员）不得超过所在房间容量。", pageNumber: pageNumber,
            pageCount: pageCount, viewLabel: "房间一览", on: page)
    }

    private var title: VenuePreviewFrame.Title {
        let capacities = rooms.map(\.capacity)
        let total = capacities.reduce(0, +)
        var facts = "共 \(rooms.count) 间，合计可容纳 \(total) 人"
        if let low = capacities.min(), let high = capacities.max(), low != high { facts += "（\(low)–\(high) 人）" }
        return VenuePreviewFrame.Title(
            venue: venue.name, englishName: venue.englishName, subtitle: "分组讨论室一览", details: [facts],
            viewLabel: "房间一览")
    }

    private func paint(_ room: Room, in box: PageRect, largest: Int, on page: PDFPage) {
        let scale = style.scale
        let palette = VenuePreviewStyle.Palette.self
        page.fillRectangle(box, color: palette.roomFill, cornerRadius: 4 * scale)
        page.strokeRectangle(box, style: LineStyle(width: 1 * scale, color: palette.rule), cornerRadius: 4 * scale)
        let inner = box.insetBy(dx: 10 * scale, dy: 8 * scale)
        let nameHeight = min(inner.height * 0.36, 28 * scale)
        page.drawFitted(
            room.name, in: PageRect(x: inner.x, y: inner.y, width: inner.width, height: nameHeight),
            style: style.text(18, .bold), minimumSize: 6)
        let lineHeight = min(inner.height * 0.2, 20 * scale)
        page.drawFitted(
            "容纳 \(room.capacity) 人",
            in: PageRect(x: inner.x, y: inner.y + nameHeight, width: inner.width, height: lineHeight),
            style: style.text(13), minimumSize: 5)
        if let floor = room.floor {
            let floorName =
                floor > 0 ? ChineseNumerals.floorName(floor) : floor < 0 ? "地下\(ChineseNumerals.text(-floor))层" : "0 层"
            page.drawFitted(
                floorName,
                in: PageRect(x: inner.x, y: inner.y + nameHeight + lineHeight, width: inner.width, height: lineHeight),
                style: style.text(11, .regular, palette.muted), minimumSize: 5)
        }
        let bar = PageRect(x: inner.x, y: inner.maxY - 6 * scale, width: inner.width, height: 6 * scale)
        page.fillRectangle(bar, color: palette.unavailableFill, cornerRadius: 3 * scale)
        let filled = PageRect(
            x: bar.x, y: bar.y, width: bar.width * Double(room.capacity) / Double(largest), height: bar.height)
        page.fillRectangle(filled, color: palette.accent, cornerRadius: 3 * scale)
    }
}
