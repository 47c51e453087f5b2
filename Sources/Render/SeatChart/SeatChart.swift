import Foundation
import SeatPlanCore

/// The seat chart of a plan (座次图, `seatplan render --kind chart`): the rostrum and the hall,
/// or the banquet tables, drawn to scale with every person's name in their seat.
///
/// One page per hall floor (the stage and rostrum on the first), one for banquet tables.
/// Seats carry padded names (张　三) and small seat numbers; each unit's seats are shaded in a
/// tone of their own with the unit's name once per block; rows are numbered at both ends;
/// the stage, "观众席" and the view label (观众视角 / 主席台视角, the stage view mirrored with
/// the audience at the top) are marked; a title block names the meeting, venue, date and plan
/// version. The plan is fitted to the paper (widened up to 1.9× across the rows when that
/// makes names larger); where names would print below 4 pt the seats are drawn as unit blocks
/// with a legend instead.
///
/// Paper: A4 landscape below 300 seats, A3 landscape from 300 (protocol §5), unless the
/// options give a paper or orientation.
public enum SeatChart {
    /// Venues with at least this many seats get A3 by default.
    public static let a3Threshold = 300

    /// Renders the chart of `plan` as PDF bytes.
    ///
    /// - Throws: ``RenderError/nothingToRender(_:)`` when the venue has nothing to draw, or a
    ///   Cairo error.
    public static func render(_ plan: PlacedPlan, options: RenderOptions) throws -> Data {
        let contents = try SeatChartContents(plan)
        let fallback = PageSetup(paper: contents.seatCount >= a3Threshold ? .a3 : .a4, orientation: .landscape)
        let size = options.pageSetup(default: fallback).pageSize
        let document = try PDFDocument(metadata: metadata(plan, options: options, kind: "座次图"))
        let count = contents.contents.count
        for index in contents.contents.indices {
            try document.addPage(size) { page in
                let sheet = contents.sheet(index, size: size, options: options, kind: "座次图", page: page)
                sheet.paint(on: SeatChartCanvas(page: page), pageNumber: index + 1, pageCount: count)
            }
        }
        return try document.finish()
    }

    /// Title and subject for the PDF metadata.
    static func metadata(_ plan: PlacedPlan, options: RenderOptions, kind: String) -> PDFMetadata {
        let meeting = options.title.meeting.isEmpty ? (plan.plan.meeting ?? plan.venue.name) : options.title.meeting
        return PDFMetadata(title: "\(meeting) \(kind)", subject: options.view.label)
    }
}
