import Foundation
import SeatPlanCore

/// A one-page rostrum chart (主席台座次图) of a plan: the stage with its rows of seats, each
/// with the person's padded name and precedence number, "观众席" on the audience side, and a
/// title block with the meeting, venue, date, plan version and the view label.
public struct RostrumChart: Sendable {
    /// The plan; only its rostrum assignments are drawn.
    public var plan: SeatPlan
    /// The title block.
    public var title: ChartTitle
    /// Audience view (the default, labelled 观众视角) or stage view (mirrored, 主席台视角).
    public var view: ChartView
    /// The paper and orientation; A4 landscape by default.
    public var pageSetup: PageSetup
    /// The typeface family for names and titles.
    public var font: FontFamily

    /// Creates a chart description; nothing is drawn until ``render()``, ``write(to:)`` or
    /// ``draw(on:)``.
    public init(
        plan: SeatPlan, title: ChartTitle, view: ChartView = .audience,
        pageSetup: PageSetup = PageSetup(), font: FontFamily = .serif
    ) {
        self.plan = plan
        self.title = title
        self.view = view
        self.pageSetup = pageSetup
        self.font = font
    }

    /// The document title written into the PDF's metadata.
    public var documentTitle: String {
        [title.meeting, "主席台座次图"].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Renders the chart as the bytes of a one-page PDF.
    ///
    /// - Throws: ``RenderError/nothingToRender(_:)`` when the plan has no rostrum seats, or a
    ///   Cairo error.
    public func render() throws -> Data {
        let document = try PDFDocument(metadata: PDFMetadata(title: documentTitle, subject: view.label))
        try draw(on: document)
        return try document.finish()
    }

    /// Renders the chart and writes it to `url` atomically (never a partial file).
    ///
    /// - Throws: what ``render()`` throws, or ``RenderError/cannotWrite(path:reason:)``.
    public func write(to url: URL) throws {
        let document = try PDFDocument(metadata: PDFMetadata(title: documentTitle, subject: view.label))
        try draw(on: document)
        try document.write(to: url)
    }

    /// Adds the chart as one page to `document`, e.g. to combine it with other charts.
    public func draw(on document: PDFDocument) throws {
        let size = pageSetup.pageSize
        let painter = try RostrumChartPainter(chart: self, pageSize: size)
        try document.addPage(size) { page in painter.paint(on: page) }
    }
}
