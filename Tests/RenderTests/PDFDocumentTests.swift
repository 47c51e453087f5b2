import Foundation
import Render
import TestSupport
import Testing

@Suite struct PDFDocumentTests {
    @Test func chineseTextIsExtractableFromThePDF() throws {
        let document = try PDFDocument(metadata: PDFMetadata(title: "测试文档"))
        try document.addPage(PaperSize.a4.pageSize(.portrait)) { page in
            page.drawText(
                "主席台座次图", in: PageRect(x: 50, y: 50, width: 400, height: 40), style: TextStyle(size: 20))
            page.drawText(
                "观众视角", in: PageRect(x: 50, y: 100, width: 400, height: 30),
                style: TextStyle(family: .sans, weight: .bold, size: 14), alignment: .left)
            page.drawText(
                "楷体测试", in: PageRect(x: 50, y: 140, width: 400, height: 30), style: TextStyle(family: .kai, size: 14),
                alignment: .right)
        }
        let data = try document.finish()
        #expect(data.starts(with: Array("%PDF-".utf8)))
        let text = try PDFInspection.text(of: data)
        #expect(text.contains("主席台座次图"))
        #expect(text.contains("观众视角"))
        #expect(text.contains("楷体测试"))
        let summary = try PDFInspection.summary(of: data)
        #expect(summary.title == "测试文档")
        #expect(summary.creator == "SeatPlan")
    }

    @Test func pagesKeepTheirOwnSizes() throws {
        let custom = try PaperSize(widthMillimetres: 210, heightMillimetres: 140)
        let sizes = [PaperSize.a4.pageSize(.portrait), PaperSize.a3.pageSize(.landscape), custom.pageSize(.landscape)]
        let document = try PDFDocument()
        for (index, size) in sizes.enumerated() {
            try document.addPage(size) { page in
                page.strokeRectangle(page.bounds.insetBy(dx: 20, dy: 20), cornerRadius: 6)
                page.drawText("第\(index + 1)页", in: page.bounds, style: TextStyle(size: 18))
            }
        }
        #expect(document.pageCount == 3)
        let summary = try PDFInspection.summary(of: try document.finish())
        #expect(summary.pageCount == 3)
        try #require(summary.pageSizes.count == 3)
        #expect(summary.pageSizes[0].isClose(toWidth: 595.276, height: 841.89))
        #expect(summary.pageSizes[1].isClose(toWidth: 1190.55, height: 841.89))
        #expect(summary.pageSizes[2].isClose(toWidth: 595.276, height: 396.85))
    }

    @Test func writeCreatesTheFileAndLeavesNoTemporaryFiles() throws {
        let directory = try ProcessRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("chart.pdf")
        let document = try PDFDocument()
        try document.addPage(PaperSize.a4.pageSize(.landscape)) { page in
            page.drawText("张　三", in: page.bounds, style: TextStyle(size: 30))
        }
        try document.write(to: url)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["chart.pdf"])
        #expect(try PDFInspection.text(ofFile: url).contains("张"))
    }

    @Test func unwritablePathGivesAnErrorNamingThePathAndNoFile() throws {
        let directory = try ProcessRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("missing-folder/chart.pdf")
        let document = try PDFDocument()
        try document.addPage(PaperSize.a4.pageSize(.portrait)) { _ in }
        do {
            try document.write(to: url)
            Issue.record("expected a write error")
        } catch {
            guard case .cannotWrite(let path, let reason) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == url.path)
            #expect(reason.contains("No such file"))
            #expect(error.description.contains(url.path))
        }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func invalidPageSizeIsRejectedBeforeCairo() throws {
        let document = try PDFDocument()
        #expect(throws: RenderError.self) {
            try document.addPage(PageSize(width: 1e9, height: 100)) { _ in }
        }
        #expect(throws: RenderError.self) {
            try document.addPage(PageSize(width: -595, height: 842)) { _ in }
        }
        #expect(document.pageCount == 0)
    }

    @Test func cairoStickyErrorBecomesRenderError() throws {
        let document = try PDFDocument()
        // An all-zero dash pattern is refused by Cairo with CAIRO_STATUS_INVALID_DASH.
        do {
            try document.addPage(PaperSize.a4.pageSize(.portrait)) { page in
                page.strokeLine(
                    from: PagePoint(x: 10, y: 10), to: PagePoint(x: 100, y: 10), style: LineStyle(dash: [0, 0]))
            }
            Issue.record("expected a Cairo error")
        } catch let error as RenderError {
            guard case .cairo(let status, let step) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(status.contains("dash"))
            #expect(step.contains("page 1"))
        }
    }

    @Test func cairoWriteErrorAtFinishBecomesRenderError() throws {
        let document = try PDFDocument(maximumOutputBytes: 200)
        do {
            try document.addPage(PaperSize.a4.pageSize(.portrait)) { page in
                page.drawText("会议", in: page.bounds, style: TextStyle(size: 40))
            }
            _ = try document.finish()
            Issue.record("expected a write error")
        } catch let error as RenderError {
            guard case .cairo(let status, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(status.contains("writing to output stream"))
        }
    }

    @Test func finishingWithoutPagesAndAddingAfterFinishAreErrors() throws {
        let empty = try PDFDocument()
        #expect(throws: RenderError.nothingToRender("the document has no pages")) { try empty.finish() }

        let document = try PDFDocument()
        try document.addPage(PaperSize.a4.pageSize(.portrait)) { _ in }
        let first = try document.finish()
        #expect(try document.finish() == first)
        #expect(throws: RenderError.documentFinished) {
            try document.addPage(PaperSize.a4.pageSize(.portrait)) { _ in }
        }
    }
}
