import Foundation
import Render
import SeatPlanCore
import TestSupport
import Testing

@Suite("Passes: the code on the back of name cards")
struct PassesNameCardTests {
    @Test("zbarimg reads the code on the back of each card at 200 dpi, exactly")
    func codeOnBack() throws {
        let plan = try PassesFixtures.plan()
        var codes = PassesFixtures.codes(for: plan)
        codes["r2"] = "SP1-李明 Li Ming #2"
        let pdf = try NameCards.render(plan, options: PassesFixtures.options, codes: codes)
        let order = try Passes.contents(of: plan, codes: codes).map(\.attendee)
        #expect(try PDFInspection.summary(of: pdf).pageCount == order.count)
        for (index, attendee) in order.enumerated() {
            let read = try QRCodeReader.texts(
                inPDF: pdf, page: index + 1, keepAs: index == 0 ? "name-card-back" : nil)
            #expect(read == [codes[attendee]].compactMap { $0 }, "card \(index + 1) (\(attendee))")
        }
    }

    @Test("Without codes the cards carry no QR code, as before")
    func noCodesUnchanged() throws {
        let plan = try PassesFixtures.plan()
        let plain = try NameCards.render(plan, options: PassesFixtures.options)
        #expect(try QRCodeReader.texts(inPDF: plain, page: 1).isEmpty)
        let only = try NameCards.render(plan, options: PassesFixtures.options, only: ["h1"])
        #expect(try PDFInspection.summary(of: only).pageCount == 1)
    }

    @Test("Only the selected cards need codes; a selected card without one is an error naming the person")
    func selectedCodes() throws {
        let plan = try PassesFixtures.plan()
        let pdf = try NameCards.render(plan, options: PassesFixtures.options, only: ["h3"], codes: ["h3": "SP1XYZ"])
        #expect(try QRCodeReader.texts(inPDF: pdf, page: 1) == ["SP1XYZ"])
        #expect(throws: RenderError.missingPassCode(attendee: "h1", name: "张三")) {
            try NameCards.render(plan, options: PassesFixtures.options, only: ["h1"], codes: ["h3": "SP1XYZ"])
        }
    }
}
