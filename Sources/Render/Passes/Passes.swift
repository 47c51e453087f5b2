import Foundation
import SeatPlanCore

/// Passes (座位证/入场证): one A6 card per seated person with a signed QR code, four to an A4
/// sheet.
///
/// Each 105 × 148 mm pass has a red head band with the meeting's title and the word 座位证 (or
/// 入场证), the name large (two-character Han names padded, 张　三), the unit, the seat as staff
/// say it ("一楼 3排17号"), the entrance (入口, from the venue file, see ``PassEntrance``), the QR
/// code (its symbol 36 mm wide) and a small line with the plan version. Passes come in the order of
/// name cards and seat labels (rostrum by precedence, hall by floor, row and number, banquet by
/// table and position); people the plan leaves unseated get none. Light cut marks at the sheet's
/// edges and a cross at the middle guide the cutter.
///
/// The codes are signed elsewhere; this renderer only prints the text it is given, so it is not
/// reachable through ``PlanDocuments/render(_:plan:options:)``.
public enum Passes {
    /// Renders a pass for everyone `plan` seats.
    ///
    /// - Parameters:
    ///   - codes: attendee roster id → the text the pass's QR code carries (about 150–220
    ///     upper-case base32 characters in practice; any text up to the QR code's limit works).
    ///   - options: `title.meeting` (or the plan's meeting) heads each pass, `title.planVersion`
    ///     goes in the footer, `font` chooses the typeface, `paper`/`landscape` the sheet (A4
    ///     portrait by default; any sheet holding at least one A6 pass).
    ///   - wording: 座位证 (the default) or 入场证.
    /// - Returns: the bytes of the PDF.
    /// - Throws: ``RenderError/missingPassCode(attendee:name:)`` for a seated person without a
    ///   code, ``RenderError/cannotEncodeQRCode(_:)`` for a code that no QR code holds,
    ///   ``RenderError/nothingToRender(_:)`` when the plan seats nobody, or a Cairo error.
    public static func render(
        _ plan: PlacedPlan, codes: [String: String], options: RenderOptions, wording: PassWording = .seat
    ) throws -> Data {
        let passes = try contents(of: plan, codes: codes)
        guard !passes.isEmpty else {
            throw RenderError.nothingToRender("the plan seats nobody, so there are no passes")
        }
        let encoded = try passes.map { pass throws(RenderError) in try QRCodeMatrix(encoding: pass.code) }
        let setup = options.pageSetup(default: PageSetup(paper: .a4, orientation: .portrait))
        guard let layout = PassSheetLayout(pageSize: setup.pageSize) else {
            throw RenderError.invalidPageSize(
                width: setup.pageSize.width, height: setup.pageSize.height,
                reason: "a pass is 105 × 148 mm (A6) and does not fit on this sheet")
        }
        let meeting = options.title.meeting.isEmpty ? (plan.plan.meeting ?? "") : options.title.meeting
        let painter = PassPainter(
            meeting: meeting, wording: wording, planVersion: options.title.planVersion, family: options.font)
        let document = try PDFDocument(
            metadata: PDFMetadata(title: [meeting, wording.text].filter { !$0.isEmpty }.joined(separator: " ")))
        let perSheet = layout.passesPerSheet
        for start in stride(from: 0, to: passes.count, by: perSheet) {
            try document.addPage(layout.pageSize) { page in
                PassCutMarks.draw(layout, on: page)
                for index in start..<min(passes.count, start + perSheet) {
                    painter.paint(passes[index], code: encoded[index], in: layout.rect(ofPass: index), on: page)
                }
            }
        }
        return try document.finish()
    }

    /// What each pass of `plan` says, in print order; people the plan leaves unseated get none.
    ///
    /// - Throws: ``RenderError/missingPassCode(attendee:name:)`` naming the first seated person
    ///   (in print order) without a code in `codes`.
    public static func contents(of plan: PlacedPlan, codes: [String: String]) throws(RenderError) -> [PassContent] {
        var passes: [PassContent] = []
        for entry in NameCardOrder.sorted(plan.entries, venue: plan.venue) {
            let assignment = entry.assignment
            guard let code = codes[assignment.attendee] else {
                throw .missingPassCode(attendee: assignment.attendee, name: assignment.name)
            }
            passes.append(PassContent(entry: entry, venue: plan.venue, code: code))
        }
        return passes
    }
}
