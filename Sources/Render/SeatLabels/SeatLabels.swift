import Foundation
import SeatPlanCore

/// Seat labels for chairs, or pass stickers: one label per seated person on a label sheet, in
/// seat order (rostrum by precedence, hall by floor, row and number, banquet by table and
/// position), each with the seat ("一楼 3排15号") large, the name (padded, 张　三) below and the
/// unit small.
public enum SeatLabels {
    /// Renders the labels on the usual sheet: A4 portrait with 3 × 8 labels of 70 × 37 mm
    /// (``SeatLabelSheet/a4ThreeByEight``); with another `paper` or `landscape` in `options`,
    /// as many 70 × 37 mm labels as fit that sheet.
    ///
    /// - Throws: ``RenderError/nothingToRender(_:)`` when the plan seats nobody, or a Cairo error.
    public static func render(_ plan: PlacedPlan, options: RenderOptions) throws -> Data {
        let setup = options.pageSetup(default: PageSetup(paper: .a4, orientation: .portrait))
        let sheet =
            setup == SeatLabelSheet.a4ThreeByEight.page
            ? SeatLabelSheet.a4ThreeByEight : SeatLabelSheet.seventyByThirtySeven(on: setup)
        return try render(plan, options: options, sheet: sheet)
    }

    /// Renders the labels on `sheet`; `options.font` chooses the typeface.
    ///
    /// - Throws: ``RenderError/nothingToRender(_:)`` when the plan seats nobody, or a Cairo error.
    public static func render(_ plan: PlacedPlan, options: RenderOptions, sheet: SeatLabelSheet) throws -> Data {
        let entries = NameCardOrder.sorted(plan.entries, venue: plan.venue)
        guard !entries.isEmpty else {
            throw RenderError.nothingToRender("the plan seats nobody, so there are no seat labels")
        }
        let painter = SeatLabelPainter(family: options.font)
        let meeting = options.title.meeting.isEmpty ? (plan.plan.meeting ?? "") : options.title.meeting
        let document = try PDFDocument(
            metadata: PDFMetadata(title: [meeting, "座位标签"].filter { !$0.isEmpty }.joined(separator: " ")))
        let perSheet = sheet.labelsPerSheet
        for start in stride(from: 0, to: entries.count, by: perSheet) {
            let onSheet = entries[start..<min(entries.count, start + perSheet)]
            try document.addPage(sheet.page.pageSize) { page in
                for (offset, entry) in onSheet.enumerated() {
                    painter.paint(entry.assignment, in: sheet.rect(ofLabel: offset), on: page)
                }
            }
        }
        return try document.finish()
    }
}
