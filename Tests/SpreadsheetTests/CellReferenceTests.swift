import Testing

@testable import Spreadsheet

@Suite("Cell references")
struct CellReferenceTests {
    @Test("References read to column and row; letters round trip")
    func references() {
        #expect(CellReference("C7") == CellReference("$C$7"))
        #expect(CellReference("C7")?.column == 3)
        #expect(CellReference("AB120")?.column == 28)
        #expect(CellReference("AB120")?.row == 120)
        #expect(CellReference("7C") == nil)
        #expect(CellReference("A0") == nil)
        #expect(CellReference("A9999999") == nil)
        #expect(CellReference.letters(ofColumn: 1) == "A")
        #expect(CellReference.letters(ofColumn: 27) == "AA")
        #expect(CellReference.letters(ofColumn: 256) == "IV")
    }
}
