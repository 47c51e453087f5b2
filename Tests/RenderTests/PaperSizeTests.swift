import Render
import Testing

@Suite struct PaperSizeTests {
    @Test func isoSizesInPoints() {
        let a4 = PaperSize.a4.pageSize(.portrait)
        #expect(abs(a4.width - 595.276) < 0.01)
        #expect(abs(a4.height - 841.89) < 0.01)
        let a3 = PaperSize.a3.pageSize(.landscape)
        #expect(abs(a3.width - 1190.55) < 0.01)
        #expect(abs(a3.height - 841.89) < 0.01)
        let a0 = PaperSize.a0.pageSize(.portrait)
        #expect(abs(a0.width - 2383.94) < 0.01)
        #expect(abs(a0.height - 3370.39) < 0.01)
    }

    @Test func orientationPutsTheShortEdgeAcrossInPortrait() throws {
        let card = try PaperSize(widthMillimetres: 210, heightMillimetres: 140)
        #expect(card.pageSize(.portrait).width < card.pageSize(.portrait).height)
        #expect(card.pageSize(.landscape).width > card.pageSize(.landscape).height)
    }

    @Test func namedSizesAreCaseInsensitive() throws {
        #expect(try PaperSize(named: "a3") == .a3)
        #expect(try PaperSize(named: "A1") == .a1)
        #expect(throws: RenderError.unknownPaperName("B5")) { try PaperSize(named: "B5") }
    }

    @Test(arguments: [
        (0.0, 100.0), (-210.0, 297.0), (Double.nan, 297.0), (Double.infinity, 297.0), (210.0, 6000.0), (5.0, 100.0),
    ])
    func invalidCustomSizesAreRejected(width: Double, height: Double) {
        #expect(throws: RenderError.self) { try PaperSize(widthMillimetres: width, heightMillimetres: height) }
    }

    @Test func invalidCustomSizeErrorExplainsTheLimit() {
        do {
            _ = try PaperSize(widthMillimetres: 210, heightMillimetres: 6000)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("5080"))
            #expect(error.description.contains("6000"))
        }
    }
}
