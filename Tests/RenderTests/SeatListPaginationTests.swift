import Testing

@testable import Render

@Suite struct SeatListPaginationTests {
    private func section(_ lines: [SeatListLine], together: Bool = false) -> SeatListSection {
        SeatListSection(
            heading: "座位表", summary: "", columns: [SeatListColumn("姓名", weight: 1)], lines: lines,
            rowHeight: 19, keepGroupsTogether: together, ruledGrid: false,
            pageSetup: PageSetup(paper: .a4, orientation: .portrait))
    }

    private func groups(_ count: Int, of size: Int) -> [SeatListLine] {
        (0..<count).flatMap { group in
            [SeatListLine.group("单位\(group)", detail: "")] + (0..<size).map { .row(["\(group)-\($0)"]) }
        }
    }

    @Test func everyRowLandsOnceAndNoPageEndsWithAHeading() {
        let lines = groups(9, of: 13)
        let pages = SeatListPagination.pages(of: section(lines))
        #expect(pages.count > 1)
        let rows = pages.flatMap { $0 }.filter { !$0.isGroup }
        #expect(rows == lines.filter { !$0.isGroup })
        for page in pages { #expect(page.last?.isGroup == false) }
        // A group split over a page break is headed again on the next page.
        for page in pages.dropFirst() {
            if case .group(let name, _) = page.first, name.hasSuffix("（续）") { continue }
            #expect(page.first?.isGroup == true)
        }
    }

    @Test func groupsKeptTogetherAreNeverSplitWhenTheyFit() {
        let pages = SeatListPagination.pages(of: section(groups(12, of: 10), together: true))
        for page in pages {
            for line in page {
                if case .group(let name, _) = line { #expect(!name.hasSuffix("（续）")) }
            }
            #expect(page.filter(\.isGroup).count * 10 == page.count - page.filter(\.isGroup).count)
        }
    }

    @Test func anEmptySectionStillHasAPage() {
        #expect(SeatListPagination.pages(of: section([])).count == 1)
    }
}
