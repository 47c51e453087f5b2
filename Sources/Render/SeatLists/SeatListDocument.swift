import Foundation

/// Lays out list sections (and any pages drawn before them) as one PDF, numbering every page
/// "第 N 页 / 共 M 页": the sections are paginated first so the page count is known.
struct SeatListDocument {
    /// A page drawn by someone else, e.g. the banquet table plan; it is told its number and the count.
    struct LeadingPage {
        var size: PageSize
        var paint: (PDFPage, _ pageNumber: Int, _ pageCount: Int) -> Void
    }

    var leadingPages: [LeadingPage] = []
    var sections: [SeatListSection]
    var header: SeatListHeader
    var font: FontFamily

    /// The list pages: each section's lines split into pages.
    var listPages: [(section: SeatListSection, lines: [SeatListLine], first: Bool)] {
        sections.flatMap { section in
            SeatListPagination.pages(of: section).enumerated().map { (section, $1, $0 == 0) }
        }
    }

    /// Renders every page into a PDF and returns its bytes.
    func render(metadata: PDFMetadata) throws -> Data {
        let document = try PDFDocument(metadata: metadata)
        let pages = listPages
        let pageCount = leadingPages.count + pages.count
        for (index, leading) in leadingPages.enumerated() {
            try document.addPage(leading.size) { page in leading.paint(page, index + 1, pageCount) }
        }
        for (index, listPage) in pages.enumerated() {
            let painter = SeatListPagePainter(
                section: listPage.section, lines: listPage.lines, firstOfSection: listPage.first, header: header,
                font: font)
            try document.addPage(listPage.section.pageSetup.pageSize) { page in
                painter.paint(on: page, pageNumber: leadingPages.count + index + 1, pageCount: pageCount)
            }
        }
        return try document.finish()
    }
}
