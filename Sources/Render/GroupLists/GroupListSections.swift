import SeatPlanCore

/// The sections of the group lists: the overview and one list per group.
enum GroupListSections {
    static let rowHeight = 20.0
    /// Overview rows hold two lines of units.
    static let overviewRowHeight = 30.0

    /// 分组讨论安排一览表: 组别 | 会议室 | 召集人 | 记录 | 人数 | 单位.
    static func overview(_ plan: GroupPlan, time: String, pageSetup: PageSetup) -> SeatListSection {
        let lines = plan.groups.map { group in
            SeatListLine.row([
                group.name, roomText(group), NameTypography.padded(name(of: group.convener, in: group)),
                NameTypography.padded(name(of: group.secretary, in: group)), "\(group.members.count)",
                group.units.joined(separator: "、"),
            ])
        }
        let people = plan.groups.reduce(0) { $0 + $1.members.count }
        let summary = ["共 \(plan.groups.count) 个组、\(people) 人", time.isEmpty ? "" : "时间：\(time)", byText(plan.groupBy)]
            .filter { !$0.isEmpty }.joined(separator: "　·　")
        return SeatListSection(
            heading: "分组讨论安排一览表", summary: summary,
            columns: [
                SeatListColumn("组别", weight: 44),
                SeatListColumn("会议室", weight: 96),
                SeatListColumn("召集人", weight: 56, content: .name),
                SeatListColumn("记录", weight: 56, content: .name),
                SeatListColumn("人数", weight: 30, alignment: .right),
                SeatListColumn("单位", weight: 250),
            ],
            lines: lines, rowHeight: overviewRowHeight, keepGroupsTogether: false, ruledGrid: true, pageSetup: pageSetup
        )
    }

    /// One group's list: 序号 | 姓名 | 单位 | 职务 | 备注, with its staff secretary at the end.
    static func group(_ group: DiscussionGroup, time: String, pageSetup: PageSetup) -> SeatListSection {
        let leaders = Set(group.leaders)
        var lines: [SeatListLine] = []
        for (index, person) in group.people.enumerated() {
            lines.append(
                .row([
                    String(index + 1), NameTypography.padded(person.name), person.unit, person.title,
                    remark(person.id, in: group, leader: leaders.contains(person.id)),
                ]))
        }
        for person in group.staff {
            lines.append(
                .row([
                    "", NameTypography.padded(person.name), person.unit, person.title,
                    remark(person.id, in: group, leader: false) + "（工作人员）",
                ]))
        }
        let summary = [
            roomText(group).isEmpty ? "" : "地点：\(roomText(group))", time.isEmpty ? "" : "时间：\(time)",
            "召集人：\(name(of: group.convener, in: group))", "记录：\(name(of: group.secretary, in: group))",
            "共 \(group.members.count) 人",
        ].filter { !$0.isEmpty }.joined(separator: "　·　")
        return SeatListSection(
            heading: group.name, summary: summary,
            columns: [
                SeatListColumn("序号", weight: 30, alignment: .right, content: .index),
                SeatListColumn("姓名", weight: 74, content: .name),
                SeatListColumn("单位", weight: 170),
                SeatListColumn("职务", weight: 130),
                SeatListColumn("备注", weight: 70, alignment: .centre),
            ],
            lines: lines, rowHeight: rowHeight, keepGroupsTogether: false, ruledGrid: false, pageSetup: pageSetup)
    }

    /// 召集人, 记录 or 领导 for a person, or empty.
    static func remark(_ id: String, in group: DiscussionGroup, leader: Bool) -> String {
        [id == group.convener ? "召集人" : "", id == group.secretary ? "记录" : "", leader ? "领导" : ""]
            .filter { !$0.isEmpty }.joined(separator: "、")
    }

    /// "第一讨论室（2楼）", or empty without a room.
    static func roomText(_ group: DiscussionGroup) -> String {
        guard let room = group.room else { return "" }
        return group.roomFloor.map { "\(room)（\(ChineseNumerals.floorName($0))）" } ?? room
    }

    /// The name of the person with `id` in the group (member or staff), or the id itself.
    static func name(of id: String, in group: DiscussionGroup) -> String {
        (group.people + group.staff).first { $0.id == id }?.name ?? id
    }

    private static func byText(_ groupBy: GroupBy) -> String {
        switch groupBy {
        case .unit: "按单位分组"
        case .region: "按地区分组"
        case .sector: "按界别分组"
        case .mix: "混合编组"
        }
    }
}
