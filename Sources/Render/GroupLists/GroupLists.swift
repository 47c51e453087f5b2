import Foundation
import SeatPlanCore

/// The discussion group lists (`seatplan render --kind groups`), from GROUPS.json alone:
///
/// 1. 分组讨论安排一览表: one line per group with its room, time, convener, secretary, size
///    and units (one page for up to about thirty groups);
/// 2. one list per group, each starting on a new page: the heading "第一组" with room, time,
///    召集人 and 记录 in its summary line, then 序号 | 姓名 | 单位 | 职务 | 备注, names padded
///    (张　三, protocol §5), leaders first, 召集人 and 记录 marked in 备注; a secretary from the
///    staff closes the list.
///
/// Every page has the running header (meeting, venue, date) and "第 N 页 / 共 M 页".
public enum GroupLists {
    /// The default page: A4 portrait.
    public static let defaultPageSetup = PageSetup(paper: .a4, orientation: .portrait)

    /// Renders the overview and the group lists as PDF bytes.
    ///
    /// - Parameters:
    ///   - options: paper and orientation (default A4 portrait), typeface, and the title block
    ///     (an empty meeting falls back to the plan's, an empty venue to the rooms' venue).
    ///   - time: when the groups meet, e.g. "12月1日 14:30"; printed on the overview and every list.
    /// - Throws: ``RenderError/nothingToRender(_:)`` when the plan has no groups, or a Cairo error.
    public static func render(_ plan: GroupPlan, options: RenderOptions, time: String = "") throws -> Data {
        guard !plan.groups.isEmpty else {
            throw RenderError.nothingToRender("the groups file has no groups, so there is no list to print")
        }
        let setup = options.pageSetup(default: defaultPageSetup)
        let header = SeatListHeader(title: options.title, meeting: plan.meeting, venue: plan.venue)
        let sections =
            [GroupListSections.overview(plan, time: time, pageSetup: setup)]
            + plan.groups.map { GroupListSections.group($0, time: time, pageSetup: setup) }
        let document = SeatListDocument(sections: sections, header: header, font: options.font)
        return try document.render(metadata: PDFMetadata(title: header.documentTitle("分组讨论名单")))
    }
}

extension SeatListHeader {
    /// The running header of the group lists: meeting (or the rooms' venue) on the left, venue and date right.
    init(title: ChartTitle, meeting: String?, venue: String?) {
        let meetingText = title.meeting.isEmpty ? (meeting ?? "") : title.meeting
        let venueText = title.venue.isEmpty ? (venue ?? "") : title.venue
        lead = meetingText.isEmpty ? venueText : meetingText
        details = [meetingText.isEmpty ? "" : venueText, title.date, title.planVersion].filter { !$0.isEmpty }
    }
}
