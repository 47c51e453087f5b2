import Foundation
import SeatPlanCore
import Spreadsheet

/// The phone directory of a meeting's units (单位电话资料): 序号, 单位, 上级单位, 联系人,
/// 办公电话, 手机, one line per unit in the order given (the official order), as a workbook to
/// edit and as an A4 list to print.
///
/// Phone numbers are written as text, so leading zeros and long mobiles survive a spreadsheet.
public enum PhoneDirectory {
    /// The column headings, left to right.
    public static let headings = ["序号", "单位", "上级单位", "联系人", "办公电话", "手机"]

    /// The default page: A4 portrait.
    public static let defaultPageSetup = PageSetup(paper: .a4, orientation: .portrait)

    /// The rows of the directory, headings first; 序号 counts from 1.
    static func rows(_ entries: [PhoneDirectoryEntry]) -> [[String]] {
        [headings]
            + entries.enumerated().map { index, entry in
                [String(index + 1), entry.unit, entry.parent, entry.contact, entry.officePhone, entry.mobile]
            }
    }

    /// The directory as .xlsx bytes: one sheet "单位电话资料", bold frozen headings.
    ///
    /// - Throws: ``SpreadsheetError`` only if the workbook cannot be assembled in memory.
    public static func xlsx(_ entries: [PhoneDirectoryEntry]) throws(SpreadsheetError) -> Data {
        let writer = XLSXWriter(sheetName: "单位电话资料", columnWidths: [6, 30, 24, 12, 16, 16], hasHeader: true)
        let rows = rows(entries)
        return try writer.write(
            rows.enumerated().map { index, row in
                row.enumerated().map { column, text in
                    index > 0 && column == 0 ? .number(Double(index)) : .text(text)
                }
            })
    }

    /// The directory as PDF bytes: a ruled list with the headings repeated on every page, the
    /// title block's meeting and date in the running header, "第 N 页 / 共 M 页" in the footer.
    ///
    /// - Throws: ``RenderError/nothingToRender(_:)`` when there are no entries, or a Cairo error.
    public static func pdf(_ entries: [PhoneDirectoryEntry], options: RenderOptions) throws -> Data {
        guard !entries.isEmpty else {
            throw RenderError.nothingToRender("the directory has no units, so there is nothing to print")
        }
        let columns = [
            SeatListColumn("序号", weight: 0.6, alignment: .centre, content: .index),
            SeatListColumn("单位", weight: 3),
            SeatListColumn("上级单位", weight: 2.2),
            SeatListColumn("联系人", weight: 1.3),
            SeatListColumn("办公电话", weight: 1.8),
            SeatListColumn("手机", weight: 1.8),
        ]
        let withContact = entries.filter { !$0.contact.isEmpty }.count
        let section = SeatListSection(
            heading: "单位电话资料", summary: "共 \(entries.count) 个单位 · \(withContact) 个有联系人",
            columns: columns, lines: rows(entries).dropFirst().map { .row($0) }, rowHeight: 20,
            keepGroupsTogether: false, ruledGrid: true, pageSetup: options.pageSetup(default: defaultPageSetup))
        let header = SeatListHeader(title: options.title)
        let document = SeatListDocument(sections: [section], header: header, font: options.font)
        return try document.render(metadata: PDFMetadata(title: header.documentTitle("单位电话资料")))
    }
}

extension SeatListHeader {
    /// The running header from the title block alone: the meeting (or venue) left; venue and date right.
    init(title: ChartTitle) {
        lead = title.meeting.isEmpty ? title.venue : title.meeting
        details = [title.meeting.isEmpty ? "" : title.venue, title.date].filter { !$0.isEmpty }
    }
}
