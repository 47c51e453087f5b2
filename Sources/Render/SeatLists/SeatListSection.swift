/// One column of a printed list: its heading, its share of the width and what its cells hold.
struct SeatListColumn: Sendable, Equatable {
    /// What the cells of a column hold.
    enum Content: Sendable, Equatable {
        /// Plain text, shrunk (then wrapped) to fit.
        case text
        /// A running number, set small and muted.
        case index
        /// A person's name, already padded for lists; set a little larger than plain text.
        case name
        /// An empty box to tick (出席 / 缺席 / 请假).
        case checkbox
        /// An empty cell to write in (a signature).
        case blank
    }

    /// The column heading, e.g. "姓名".
    var title: String
    /// The column's share of the list width, relative to the other columns.
    var weight: Double
    /// Where the text sits across the cell.
    var alignment: HorizontalAlignment
    /// What the cells hold.
    var content: Content

    init(_ title: String, weight: Double, alignment: HorizontalAlignment = .left, content: Content = .text) {
        self.title = title
        self.weight = weight
        self.alignment = alignment
        self.content = content
    }
}

/// One line of a printed list: a group heading (a unit, a table) or a row of cells.
enum SeatListLine: Sendable, Equatable {
    /// A group heading: its name in bold and a muted detail, e.g. "市委" and "12 人".
    case group(String, detail: String)
    /// One row; one cell per column (checkbox and blank columns take an empty string).
    case row([String])
    /// A closing line across the whole width, e.g. the sign-in tally "应到 350 人　实到 ___ 人".
    case total(String)

    var isGroup: Bool {
        if case .group = self { return true }
        return false
    }
}

/// A titled, paginated list: every page repeats the column header, the first page carries the
/// heading and its summary line.
struct SeatListSection: Sendable, Equatable {
    /// The heading, e.g. "座位表（按单位）"; repeated small with "（续）" on later pages.
    var heading: String
    /// One muted line under the heading, e.g. "共 350 人 · 40 个单位".
    var summary: String
    /// The columns, left to right.
    var columns: [SeatListColumn]
    /// The lines, top to bottom.
    var lines: [SeatListLine]
    /// The height of a row, points; group headings are a little taller.
    var rowHeight: Double
    /// Whether a group moves to the next page whole rather than being split (when it fits a page).
    var keepGroupsTogether: Bool
    /// Whether the cells are ruled as a grid (for lists people write on) rather than by rows only.
    var ruledGrid: Bool
    /// The paper and orientation of the section's pages.
    var pageSetup: PageSetup
}
