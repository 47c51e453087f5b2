import Foundation
import SeatPlanCore

/// The banquet plan of a plan (`seatplan render --kind banquet`), in one PDF:
///
/// - page 1, the table plan: the room to scale with its door (门), every table with its name
///   and precedence rank (the main table emphasised), and each seat's occupant round the table
///   in a small tag, names padded (张　三), the host's tag filled and the second host's outlined;
/// - then 各桌名单: one list per table in table precedence order (B3.1), each in seating order
///   (主人, 副主人, 第1宾, 第2宾, … by B3.2 under the default ``ProtocolRules``) with seat
///   number, name, unit and post, several tables to a page when they fit.
///
/// The plan page is A3 landscape and the lists A4 portrait by default (the PDF mixes sizes).
/// Given options set the plan page's paper and orientation; the lists then use the given paper
/// upright (landscape only when asked for).
public enum BanquetPlan {
    /// The default plan page: A3 landscape.
    public static let defaultPlanPageSetup = PageSetup(paper: .a3, orientation: .landscape)
    /// The default list pages: A4 portrait.
    public static let defaultListPageSetup = PageSetup(paper: .a4, orientation: .portrait)

    /// Renders the table plan and the per-table lists of `plan` as PDF bytes.
    ///
    /// - Throws: ``RenderError/nothingToRender(_:)`` when the venue has no banquet tables, or a
    ///   Cairo error.
    public static func render(_ plan: PlacedPlan, options: RenderOptions) throws -> Data {
        guard let layout = plan.venue.tables, !layout.tables.isEmpty else {
            throw RenderError.nothingToRender("venue '\(plan.venue.name)' has no banquet tables")
        }
        let seating = BanquetPlanSeating(plan: plan, layout: layout)
        let header = SeatListHeader(title: options.title, plan: plan.plan)
        let planSize = options.pageSetup(default: defaultPlanPageSetup).pageSize
        let listSetup = PageSetup(
            paper: options.paper ?? defaultListPageSetup.paper,
            orientation: options.landscape == true ? .landscape : .portrait)
        let page = BanquetPlanPage(
            plan: plan, layout: layout, seating: seating, header: header, pageSize: planSize, font: options.font)
        let document = SeatListDocument(
            leadingPages: [
                SeatListDocument.LeadingPage(size: planSize) { page.paint(on: $0, pageNumber: $1, pageCount: $2) }
            ],
            sections: [seating.listSection(pageSetup: listSetup)],
            header: header, font: options.font)
        return try document.render(metadata: PDFMetadata(title: header.documentTitle(page.kindName)))
    }
}
