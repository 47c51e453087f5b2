import Foundation
import SeatPlanCore

/// The seat lists of a plan (`seatplan render --kind list`), in one PDF of three sections,
/// each starting on a new page with its heading:
///
/// 1. 座位表（按单位）: the units in official order, each under its own heading, every person
///    as "name · unit · seat label" in aligned columns (姓名 | 单位 | 座位), names padded
///    (张　三, protocol §5);
/// 2. 座位表（按姓名）: everyone in pinyin or stroke order;
/// 3. 签到表: by unit, with 姓名, 职务, 座位, boxes to tick for 出席 / 缺席 / 请假, and room to sign.
///
/// Every page has the title block line (meeting, venue, date, plan version), the column header
/// and "第 N 页 / 共 M 页". Long names and units shrink, then wrap, within their cells.
///
/// A plan does not carry the roster's unit order, so units are ordered by the smallest
/// precedence among their members, which follows the official order of a roster ranked by
/// unit. Everyone seated appears exactly once in each section; unseated people are counted in
/// the summary lines only (the plan does not give their names).
public enum SeatLists {
    /// The default page: A4 portrait.
    public static let defaultPageSetup = PageSetup(paper: .a4, orientation: .portrait)

    /// Renders the three lists of `plan` as PDF bytes.
    ///
    /// - Parameters:
    ///   - options: paper and orientation (default A4 portrait), typeface, and the title block;
    ///     an empty meeting or venue falls back to the plan's.
    ///   - nameOrder: the order of the by-name list: pinyin (default) or strokes.
    /// - Throws: ``RenderError/nothingToRender(_:)`` when the plan seats nobody, or a Cairo error.
    public static func render(_ plan: PlacedPlan, options: RenderOptions, nameOrder: NameOrder = .pinyin) throws -> Data
    {
        let people = plan.entries.map(\.assignment)
        guard !people.isEmpty else {
            throw RenderError.nothingToRender("the plan seats nobody, so there is no list to print")
        }
        let setup = options.pageSetup(default: defaultPageSetup)
        let units = SeatListOrdering.units(people)
        let note = plan.plan.unseated.isEmpty ? "" : "　·　另有 \(plan.plan.unseated.count) 人未安排座位，未列入"
        let header = SeatListHeader(title: options.title, plan: plan.plan)
        let document = SeatListDocument(
            sections: [
                SeatListSections.byUnit(units, note: note, pageSetup: setup),
                SeatListSections.byName(
                    SeatListOrdering.byName(people, order: nameOrder), order: nameOrder, note: note, pageSetup: setup),
                SeatListSections.signIn(units, note: note, pageSetup: setup),
            ],
            header: header, font: options.font)
        return try document.render(metadata: PDFMetadata(title: header.documentTitle("座位表 · 签到表")))
    }
}
