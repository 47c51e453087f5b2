/// Where the parts of a list page go: the running header (title block line), the section
/// heading, the column header, the body of rows and the footer with the page number.
struct SeatListPageFrame: Equatable {
    static let sideMargin = 42.0
    static let topMargin = 32.0
    static let bottomMargin = 28.0
    static let headerHeight = 24.0
    /// The heading of a section's first page: the heading and its summary line.
    static let firstHeadingHeight = 54.0
    /// The heading of a later page: the heading with "（续）" in a smaller size.
    static let laterHeadingHeight = 26.0
    static let columnHeaderHeight = 20.0
    static let footerHeight = 20.0

    let header: PageRect
    let heading: PageRect
    let columnHeader: PageRect
    let body: PageRect
    let footer: PageRect

    /// The frame of a page of `size`; the first page of a section has the larger heading.
    init(pageSize size: PageSize, firstOfSection: Bool) {
        let left = Self.sideMargin
        let width = max(0, size.width - 2 * Self.sideMargin)
        header = PageRect(x: left, y: Self.topMargin, width: width, height: Self.headerHeight)
        heading = PageRect(
            x: left, y: header.maxY, width: width,
            height: firstOfSection ? Self.firstHeadingHeight : Self.laterHeadingHeight)
        columnHeader = PageRect(x: left, y: heading.maxY, width: width, height: Self.columnHeaderHeight)
        footer = PageRect(
            x: left, y: size.height - Self.bottomMargin - Self.footerHeight, width: width, height: Self.footerHeight)
        let bodyTop = columnHeader.maxY
        body = PageRect(x: left, y: bodyTop, width: width, height: max(0, footer.y - 6 - bodyTop))
    }

    /// The left edge and width of each column across the body, by the columns' weights.
    static func columnSpans(_ columns: [SeatListColumn], in rect: PageRect) -> [(x: Double, width: Double)] {
        let total = columns.reduce(0) { $0 + max(0, $1.weight) }
        guard total > 0 else { return columns.map { _ in (rect.x, 0) } }
        var x = rect.x
        return columns.map { column in
            let width = rect.width * max(0, column.weight) / total
            defer { x += width }
            return (x, width)
        }
    }
}
