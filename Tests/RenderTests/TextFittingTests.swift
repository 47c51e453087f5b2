import Render
import TestSupport
import Testing

@Suite struct TextFittingTests {
    /// Runs `body` on a fresh A4 page and returns its result.
    private func onPage<T>(_ body: (PDFPage) -> T) throws -> T {
        let document = try PDFDocument()
        var result: T?
        try document.addPage(PaperSize.a4.pageSize(.portrait)) { page in result = body(page) }
        return try #require(result)
    }

    @Test func measurementScalesWithTheFontSize() throws {
        let (small, large) = try onPage { page in
            (page.measureText("王建国", style: TextStyle(size: 10)), page.measureText("王建国", style: TextStyle(size: 20)))
        }
        #expect(small.width > 25 && small.width < 35)  // three full-width characters ≈ 3 em
        #expect(abs(large.width - 2 * small.width) < 0.5)
    }

    @Test func textThatFitsKeepsItsSize() throws {
        let placement = try onPage { page in
            page.drawText(
                "刘　洋", in: PageRect(x: 0, y: 0, width: 100, height: 40), style: TextStyle(size: 16),
                fit: .shrink(minimumSize: 6))
        }
        #expect(placement.size == 16)
        #expect(placement.lineCount == 1)
        #expect(!placement.isEllipsized)
    }

    @Test func longTextShrinksToTheBoxWidth() throws {
        let box = PageRect(x: 10, y: 10, width: 60, height: 40)
        let placement = try onPage { page in
            page.drawText("欧阳建国", in: box, style: TextStyle(size: 20), fit: .shrink(minimumSize: 6))
        }
        #expect(placement.size < 20)
        #expect(placement.size >= 6)
        #expect(placement.lineCount == 1)
        #expect(placement.bounds.width <= box.width + 0.01)
    }

    @Test func textTooLongAtTheMinimumWrapsAndEllipsizes() throws {
        let box = PageRect(x: 10, y: 10, width: 40, height: 20)
        let placement = try onPage { page in
            page.drawText(
                "Alexandra Montgomery-Smith of the Delegation", in: box, style: TextStyle(size: 14),
                fit: .shrink(minimumSize: 6))
        }
        #expect(placement.size == 6)
        #expect(placement.lineCount >= 2)
        #expect(placement.isEllipsized)
    }

    @Test func singleLineEllipsizesWithoutShrinking() throws {
        let placement = try onPage { page in
            page.drawText(
                "全市经济工作会议主席台座次图", in: PageRect(x: 0, y: 0, width: 50, height: 30),
                style: TextStyle(size: 12), fit: .singleLine)
        }
        #expect(placement.size == 12)
        #expect(placement.lineCount == 1)
        #expect(placement.isEllipsized)
    }

    @Test func alignmentPlacesTextAtTheBoxEdges() throws {
        let box = PageRect(x: 100, y: 100, width: 300, height: 40)
        let (left, centre, right) = try onPage { page in
            (
                page.drawText("主席台", in: box, style: TextStyle(), alignment: .left),
                page.drawText("主席台", in: box, style: TextStyle(), alignment: .centre),
                page.drawText("主席台", in: box, style: TextStyle(), alignment: .right)
            )
        }
        #expect(abs(left.bounds.x - box.x) < 0.5)
        #expect(abs(centre.bounds.centre.x - box.centre.x) < 0.5)
        #expect(abs(right.bounds.maxX - box.maxX) < 0.5)
        #expect(abs(centre.bounds.centre.y - box.centre.y) < 0.5)
    }
}
