/// Splits a list section into pages: rows never straddle a page, a group heading is never the
/// last line of a page, and a group that goes on over a page break gets its heading again
/// with "（续）". With ``SeatListSection/keepGroupsTogether`` a group that fits on a page is
/// moved to the next page whole.
enum SeatListPagination {
    /// The height of a group heading line for rows of `rowHeight`.
    static func groupHeight(rowHeight: Double) -> Double { rowHeight + 5 }

    /// The lines of each page of `section`; always at least one page.
    static func pages(of section: SeatListSection) -> [[SeatListLine]] {
        let size = section.pageSetup.pageSize
        let firstCapacity = SeatListPageFrame(pageSize: size, firstOfSection: true).body.height
        let laterCapacity = SeatListPageFrame(pageSize: size, firstOfSection: false).body.height
        let rowHeight = section.rowHeight
        let groupHeight = groupHeight(rowHeight: rowHeight)
        var pages: [[SeatListLine]] = []
        var current: [SeatListLine] = []
        var used = 0.0
        var capacity = firstCapacity
        var openGroup: (name: String, detail: String)?

        func breakPage() {
            pages.append(current)
            current = []
            used = 0
            capacity = laterCapacity
        }

        for (index, line) in section.lines.enumerated() {
            switch line {
            case .group(let name, let detail):
                let rows = rowCount(after: index, in: section.lines)
                let needed =
                    section.keepGroupsTogether
                    ? min(groupHeight + Double(rows) * rowHeight, laterCapacity)
                    : groupHeight + Double(min(rows, 1)) * rowHeight
                if used + needed > capacity + 0.01 && !current.isEmpty { breakPage() }
                current.append(line)
                used += groupHeight
                openGroup = (name, detail)
            case .row:
                if used + rowHeight > capacity + 0.01 && !current.isEmpty {
                    breakPage()
                    if let openGroup {
                        current.append(.group(openGroup.name + "（续）", detail: openGroup.detail))
                        used += groupHeight
                    }
                }
                current.append(line)
                used += rowHeight
            case .total:
                if used + rowHeight * 1.5 > capacity + 0.01 && !current.isEmpty { breakPage() }
                current.append(line)
                used += rowHeight * 1.5
            }
        }
        pages.append(current)
        return pages
    }

    /// How many rows follow the group heading at `index` before the next heading.
    private static func rowCount(after index: Int, in lines: [SeatListLine]) -> Int {
        var count = 0
        for line in lines[(index + 1)...] {
            if line.isGroup { break }
            count += 1
        }
        return count
    }
}
