import Foundation
import Spreadsheet

/// The roster template units download from the portal: one sheet with the Chinese headings
/// 姓名, 单位, 职务, 性别, 序号, 类别, 备注 and no example row (an example would be submitted
/// as a person). `id` and `unit_order` are left out: a unit's upload gets ids generated
/// (``RosterIDs/generatedWhenAbsent``) and the store knows each unit's official order.
public enum RosterTemplate {
    /// The headings, left to right.
    public static let headings = ["姓名", "单位", "职务", "性别", "序号", "类别", "备注"]

    /// The template as .xlsx bytes: bold, frozen headings and columns wide enough to fill in.
    ///
    /// - Throws: ``SpreadsheetError`` only if the workbook cannot be assembled in memory.
    public static func xlsx() throws(SpreadsheetError) -> Data {
        let writer = XLSXWriter(sheetName: "名单", columnWidths: [12, 28, 28, 8, 8, 12, 24], hasHeader: true)
        return try writer.write([headings.map { .text($0) }])
    }
}
