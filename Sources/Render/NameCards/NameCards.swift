import Foundation
import SeatPlanCore

/// Name cards (桌签): folded tent cards, one per page, in seat order.
///
/// Each A4 portrait sheet holds one card of two 210 × 140 mm faces with a dashed fold line
/// between them and cut marks at its top and bottom edges. The name is printed large on both
/// faces; the upper face is upside down on the flat sheet so that both read correctly when the
/// card stands folded. Two-character Han names are padded with U+3000 (张　三); a name with a
/// Latin part is set on two lines (约翰·史密斯 / John Smith); long names shrink to fit. A smaller
/// line gives the unit and post, and the seat label is printed very small in a corner for the
/// staff who place the cards. Cards come rostrum first by precedence, then the hall by floor,
/// row and seat number, then the banquet by table and position.
public enum NameCards {
    /// Renders a card for everyone in `plan`.
    ///
    /// - Parameters:
    ///   - options: `paper` and `landscape` choose the sheet (A4 portrait by default; on other
    ///     sheets the card is scaled to fit), `font` the typeface (楷体 `.kai` is usual for cards),
    ///     `title.meeting` names the document.
    /// - Returns: the bytes of the PDF.
    /// - Throws: ``RenderError/nothingToRender(_:)`` when the plan seats nobody, or a Cairo error.
    public static func render(_ plan: PlacedPlan, options: RenderOptions) throws -> Data {
        try render(plan, options: options, only: nil)
    }

    /// Renders cards for the attendees whose roster ids are in `only` (e.g. to reprint just the
    /// cards that changed), or for everyone when `only` is `nil`.
    ///
    /// - Throws: ``RenderError/nothingToRender(_:)`` when no seated attendee is selected, or a
    ///   Cairo error.
    public static func render(_ plan: PlacedPlan, options: RenderOptions, only: Set<String>?) throws -> Data {
        try render(plan, options: options, only: only, codes: nil)
    }

    /// Renders the cards as ``render(_:options:only:)`` does, with each person's signed code as
    /// a QR code (its symbol 25 mm wide) on the back face of the card, the one that faces the
    /// seated person, in the corner by the table edge opposite the seat label, so the audience
    /// does not see it.
    ///
    /// - Parameter codes: attendee roster id → the text the QR code carries (the same code as
    ///   on the person's pass, see ``Passes``).
    /// - Throws: ``RenderError/missingPassCode(attendee:name:)`` for a selected seated person
    ///   without a code, ``RenderError/cannotEncodeQRCode(_:)`` for a code no QR code holds, and
    ///   what ``render(_:options:only:)`` throws.
    public static func render(
        _ plan: PlacedPlan, options: RenderOptions, only: Set<String>? = nil, codes: [String: String]
    ) throws -> Data {
        try render(plan, options: options, only: only, codes: Optional(codes))
    }

    /// The cards for `only` (or everyone), with QR codes on the back when `codes` is given.
    private static func render(
        _ plan: PlacedPlan, options: RenderOptions, only: Set<String>?, codes: [String: String]?
    ) throws -> Data {
        var entries = NameCardOrder.sorted(plan.entries, venue: plan.venue)
        if let only { entries = entries.filter { only.contains($0.assignment.attendee) } }
        guard !entries.isEmpty else {
            throw RenderError.nothingToRender(
                only == nil
                    ? "the plan seats nobody, so there are no name cards"
                    : "none of the \(only?.count ?? 0) selected attendees has a seat in the plan")
        }
        let pageSize = options.pageSetup(default: PageSetup(paper: .a4, orientation: .portrait)).pageSize
        let painter = NameCardPainter(pageSize: pageSize, family: options.font)
        let meeting = options.title.meeting.isEmpty ? (plan.plan.meeting ?? "") : options.title.meeting
        let title = [meeting, "桌签"].filter { !$0.isEmpty }.joined(separator: " ")
        let document = try PDFDocument(metadata: PDFMetadata(title: title))
        for entry in entries {
            let card = NameCardText(entry.assignment)
            let code = try codes.map { codes throws(RenderError) in
                try NameCardCode.matrix(for: entry.assignment, codes: codes)
            }
            try document.addPage(pageSize) { page in
                painter.paint(card, seatLabel: entry.assignment.label, code: code, on: page)
            }
        }
        return try document.finish()
    }
}
