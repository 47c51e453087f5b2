import SeatPlanCore

/// The legend of a hall page: zones, unavailable seats with their reasons, and what the marks,
/// numbers and shading mean.
struct VenuePreviewHallLegend {
    let page: VenuePreviewHallPage

    /// At most this many unavailable seats are listed by label; more are counted.
    static let listedUnavailableSeats = 6

    var legend: VenuePreviewLegend {
        let palette = VenuePreviewStyle.Palette.self
        let seats = page.plan.seats.map(\.seat)
        let edge = 0.6
        var entries: [VenuePreviewLegend.Entry] = []

        let firstZones = Set(seats.compactMap(\.zones.first))
        let laterZones = Set(seats.flatMap { $0.zones.dropFirst().prefix(1) })
        if !seats.isEmpty { entries.append(.heading("分区（按座位所属第一个分区着色）")) }
        for zone in page.zones where firstZones.contains(zone.name) {
            entries.append(
                .item(.seat(fill: zone.fill, edge: palette.seatEdge, edgeWidth: edge, crossed: false), zone.legendName))
        }
        if seats.contains(where: { $0.zones.isEmpty }) {
            entries.append(
                .item(.seat(fill: palette.seatFill, edge: palette.seatEdge, edgeWidth: edge, crossed: false), "未划分区的座位")
            )
        }
        for zone in page.zones where laterZones.contains(zone.name) {
            entries.append(
                .item(
                    .seat(fill: palette.seatFill, edge: zone.strong, edgeWidth: 1.8, crossed: false),
                    "粗边框：同属\(zone.legendName)"))
        }

        let unavailable = seats.filter { !$0.isAvailable }
        if !unavailable.isEmpty { entries.append(.heading("不可用座位（打叉）")) }
        let reasons = unavailable.compactMap(\.unavailableReason).reduce(into: [String]()) {
            if !$0.contains($1) { $0.append($1) }
        }
        for reason in reasons {
            let matching = unavailable.filter { $0.unavailableReason == reason }
                .sorted { ($0.row ?? 0, Int($0.number) ?? 0) < ($1.row ?? 0, Int($1.number) ?? 0) }
            let listed =
                matching.count <= Self.listedUnavailableSeats
                ? "：" + matching.map { "\($0.row ?? 0)排\($0.number)号" }.joined(separator: "、")
                : " \(matching.count) 座"
            entries.append(
                .item(
                    .seat(fill: palette.unavailableFill, edge: palette.seatEdge, edgeWidth: edge, crossed: true),
                    reason + listed))
        }

        entries.append(.heading("图示"))
        if !page.plan.chairs.isEmpty {
            entries.append(
                .item(
                    .seat(fill: palette.rostrumChair, edge: palette.stageEdge, edgeWidth: edge, crossed: false),
                    "主席台座椅（数字为排内位次，1 为最尊）"))
        }
        if !page.plan.blocks.isEmpty {
            entries.append(.item(.area(fill: palette.sectionTones[0], edge: nil), "座区底纹深浅相间，区间空白为过道"))
        }
        entries.append(.item(.line(color: palette.rule, dash: [6, 2, 1.5, 2]), "会场中线"))
        if let floor = page.plan.floor {
            if page.showsNumbers {
                entries.append(.note(numberingNote(floor)))
            } else {
                entries.append(.note("座位框小于 \(VenuePreviewHallPage.smallestNumberedSeat) pt，未印座号；请改用更大纸张。"))
            }
            entries.append(.note("座位两侧“N排”为排号；座区名称标在各区前方。"))
        }
        return VenuePreviewLegend(entries: entries)
    }

    private func numberingNote(_ floor: HallFloor) -> String {
        switch floor.numbering {
        case .oddEven:
            let side = floor.oddSide == .right ? "右" : "左"
            return "框内数字为座号：单双号排列，1 号居中，单号在观众\(side)侧，双号在另一侧。"
        case .sequential:
            return "框内数字为座号：每排自左至右顺序编号（观众视角）。"
        }
    }
}
