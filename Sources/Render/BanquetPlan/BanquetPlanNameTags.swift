/// Where the name tags of a banquet plan go: one small box per seat, centred on the seat, as
/// large as the neighbouring seats (at the same table and the next tables) allow.
struct BanquetPlanNameTags {
    /// One tag: its box on the page.
    struct Tag: Equatable {
        var seatID: String
        var box: PageRect
    }

    /// A tag's height as a share of its width: room for one line of a padded three-character name.
    static let heightRatio = 0.4
    /// The largest tag width on A3, points: names never grow beyond about 11 pt there.
    static let maximumWidth = 40.0

    let tags: [Tag]

    /// Tags for seats at `centres` (page points, keyed by seat id), grouped by table. Every tag
    /// has the same size, so names read alike all over the room; `scale` grows the largest
    /// size with the paper.
    init(seatsByTable: [[(id: String, centre: PagePoint)]], scale: Double = 1) {
        // Start from the spacing of the closest two seats at any table.
        var closest = Double.infinity
        for table in seatsByTable {
            for (index, seat) in table.enumerated() {
                for other in table[(index + 1)...] {
                    closest = min(closest, Self.distance(seat.centre, other.centre))
                }
            }
        }
        let seats = seatsByTable.flatMap { $0 }
        let largest = Self.maximumWidth * scale
        var width = min(largest, closest.isFinite ? closest * 0.94 : largest)
        // Then shrink all tags alike until no two touch (seats of neighbouring tables included).
        for _ in 0..<30 where Self.anyOverlap(width: width, centres: seats.map(\.centre)) {
            width *= 0.94
        }
        let height = width * Self.heightRatio
        tags = seats.map { seat in
            Tag(
                seatID: seat.id,
                box: PageRect(x: seat.centre.x - width / 2, y: seat.centre.y - height / 2, width: width, height: height)
            )
        }
    }

    /// Whether two tags of `width` at `centres` overlap or come closer than a small gap.
    private static func anyOverlap(width: Double, centres: [PagePoint]) -> Bool {
        let height = width * heightRatio
        // Keep a visible gap between tags: a fifth of a tag height and a little more.
        let gap = height * 0.2 + 0.8
        // Sorted by x, each tag need only be compared with the tags that could reach it.
        let sorted = centres.sorted { $0.x < $1.x }
        for (index, centre) in sorted.enumerated() {
            for other in sorted[(index + 1)...] {
                if other.x - centre.x >= width + gap { break }
                if abs(other.y - centre.y) < height + gap { return true }
            }
        }
        return false
    }

    private static func distance(_ lhs: PagePoint, _ rhs: PagePoint) -> Double {
        ((lhs.x - rhs.x) * (lhs.x - rhs.x) + (lhs.y - rhs.y) * (lhs.y - rhs.y)).squareRoot()
    }
}
