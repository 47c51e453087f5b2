import Foundation
import TestSupport
import Testing

@testable import Render

/// The drawing layer's scoped helpers: a clip hides what is drawn outside it (Cairo leaves such
/// text out of the file, so pdftotext cannot find it), a rotation moves what is drawn, and the
/// state is restored after the body, also when it throws.
@Suite struct PDFPageScopedStateTests {
    private struct Stop: Error {}

    private static let style = TextStyle(size: 20)

    /// The text of a one-page A4 document drawn by `draw`.
    private func text(_ draw: (PDFPage) throws -> Void) throws -> String {
        let document = try PDFDocument()
        try document.addPage(PaperSize.a4.pageSize(.portrait), draw: draw)
        return try PDFInspection.text(of: try document.finish())
    }

    private func halves(_ page: PDFPage) -> (top: PageRect, bottom: PageRect) {
        let half = page.size.height / 2
        return (
            PageRect(x: 0, y: 0, width: page.size.width, height: half),
            PageRect(x: 0, y: half, width: page.size.width, height: half)
        )
    }

    /// A box near the top-left corner, well inside the top half.
    private let topBox = PageRect(x: 50, y: 50, width: 300, height: 40)

    /// `box` moved down by half the page.
    private func below(_ box: PageRect, _ page: PDFPage) -> PageRect {
        PageRect(x: box.x, y: box.y + page.size.height / 2, width: box.width, height: box.height)
    }

    @Test func aClipHidesWhatIsDrawnOutsideIt() throws {
        let text = try text { page in
            page.withClip(halves(page).bottom) {
                page.drawText("上半页被裁", in: topBox, style: Self.style)
                page.drawText("下半页可见", in: below(topBox, page), style: Self.style)
            }
        }
        #expect(!text.contains("上半页被裁"))
        #expect(text.contains("下半页可见"))
    }

    @Test func aHalfTurnAboutThePageCentreMovesTheTopToTheBottom() throws {
        let text = try text { page in
            page.withClip(halves(page).bottom) {
                page.withRotation(Double.pi, around: page.bounds.centre) {
                    page.drawText("转到下半页", in: topBox, style: Self.style)
                }
            }
        }
        #expect(text.contains("转到下半页"))
    }

    @Test func aTranslationMovesTheOrigin() throws {
        let text = try text { page in
            page.withClip(halves(page).bottom) {
                page.withTranslation(to: PagePoint(x: 0, y: page.size.height / 2)) {
                    page.drawText("移到下半页", in: topBox, style: Self.style)
                }
            }
        }
        #expect(text.contains("移到下半页"))
    }

    @Test func aClipIsLiftedWhenTheBodyThrows() throws {
        let text = try text { page in
            #expect(throws: Stop.self) { try page.withClip(halves(page).bottom) { throw Stop() } }
            page.drawText("裁切已撤", in: topBox, style: Self.style)
        }
        #expect(text.contains("裁切已撤"))
    }

    @Test func aRotationIsUndoneWhenTheBodyThrows() throws {
        let text = try text { page in
            #expect(throws: Stop.self) {
                try page.withRotation(Double.pi, around: page.bounds.centre) { throw Stop() }
            }
            // Upright, the first text is above the second; still turned, it would be below.
            page.drawText("上方文字", in: topBox, style: Self.style)
            page.drawText("下方文字", in: below(topBox, page), style: Self.style)
        }
        let top = try #require(text.range(of: "上方文字"))
        let bottom = try #require(text.range(of: "下方文字"))
        #expect(top.lowerBound < bottom.lowerBound)
    }
}
