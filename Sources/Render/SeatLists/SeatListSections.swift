import SeatPlanCore

/// The three sections of the seat lists: by unit, by name, and the sign-in list.
enum SeatListSections {
    /// The height of a row of the seat lists, points.
    static let rowHeight = 19.0
    /// The height of a row of the sign-in list, points: room for a tick and a signature.
    static let signInRowHeight = 23.0

    /// 座位表（按单位）: units in official order, each under its own heading, people by precedence.
    static func byUnit(_ units: [SeatListOrdering.UnitGroup], note: String, pageSetup: PageSetup) -> SeatListSection {
        var lines: [SeatListLine] = []
        var number = 0
        for group in units {
            lines.append(.group(group.unit, detail: "\(group.members.count) 人"))
            for person in group.members {
                number += 1
                lines.append(.row([String(number), NameTypography.padded(person.name), person.unit, person.label]))
            }
        }
        return SeatListSection(
            heading: "座位表（按单位）", summary: summary(people: number, units: units.count, note: note),
            columns: listColumns, lines: lines, rowHeight: rowHeight, keepGroupsTogether: false,
            ruledGrid: false, pageSetup: pageSetup)
    }

    /// 座位表（按姓名）: everyone in one run, by pinyin or stroke order.
    static func byName(_ people: [SeatAssignment], order: NameOrder, note: String, pageSetup: PageSetup)
        -> SeatListSection
    {
        let lines = people.enumerated().map { index, person in
            SeatListLine.row([String(index + 1), NameTypography.padded(person.name), person.unit, person.label])
        }
        return SeatListSection(
            heading: "座位表（按姓名）", summary: "共 \(people.count) 人　·　\(order.summaryPhrase)" + note,
            columns: listColumns, lines: lines, rowHeight: rowHeight, keepGroupsTogether: false,
            ruledGrid: false, pageSetup: pageSetup)
    }

    /// 签到表: by unit, with 出席 / 缺席 / 请假 boxes to tick and room to sign.
    static func signIn(_ units: [SeatListOrdering.UnitGroup], note: String, pageSetup: PageSetup) -> SeatListSection {
        var lines: [SeatListLine] = []
        var number = 0
        for group in units {
            lines.append(.group(group.unit, detail: "应到 \(group.members.count) 人"))
            for person in group.members {
                number += 1
                lines.append(
                    .row([
                        String(number), NameTypography.padded(person.name), person.title ?? "", person.label, "", "",
                        "", "",
                    ]))
            }
        }
        lines.append(.total("应到 \(number) 人　　实到 ______ 人　　缺席 ______ 人　　请假 ______ 人"))
        let columns = [
            SeatListColumn("序号", weight: 30, alignment: .right, content: .index),
            SeatListColumn("姓名", weight: 66, content: .name),
            SeatListColumn("职务", weight: 104),
            SeatListColumn("座位", weight: 84),
            SeatListColumn("出席", weight: 31, alignment: .centre, content: .checkbox),
            SeatListColumn("缺席", weight: 31, alignment: .centre, content: .checkbox),
            SeatListColumn("请假", weight: 31, alignment: .centre, content: .checkbox),
            SeatListColumn("签名", weight: 98, alignment: .centre, content: .blank),
        ]
        return SeatListSection(
            heading: "签到表", summary: summary(people: number, units: units.count, note: "　·　请在相应栏内打“√”" + note),
            columns: columns, lines: lines, rowHeight: signInRowHeight, keepGroupsTogether: false,
            ruledGrid: true, pageSetup: pageSetup)
    }

    /// 序号 | 姓名 | 单位 | 座位, for both seat lists.
    private static let listColumns = [
        SeatListColumn("序号", weight: 34, alignment: .right, content: .index),
        SeatListColumn("姓名", weight: 92, content: .name),
        SeatListColumn("单位", weight: 200),
        SeatListColumn("座位", weight: 150),
    ]

    private static func summary(people: Int, units: Int, note: String) -> String {
        "共 \(people) 人　·　\(units) 个单位" + note
    }
}
