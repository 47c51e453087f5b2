import Foundation

/// Places seats round tables: evenly along the table's outline, position 1 (the host seat) on
/// the side away from the door so the host faces it, then on round to the host's right.
enum TableExpansion {
    /// How far a seat's centre stands from the table edge, metres.
    static let seatOffset = 0.4

    static func seats(of layout: TableLayout) -> [Seat] {
        layout.tables.flatMap { seats(of: $0, door: layout.door) }
    }

    static func seats(of table: Table, door: FloorPoint) -> [Seat] {
        let outline = self.outline(of: table)
        let lengths = cumulativeLengths(outline)
        guard let perimeter = lengths.last, perimeter > 0 else { return [] }
        // The host sits on the outline point opposite the door, facing it.
        let awayX = table.centre.x - door.x
        let awayY = table.centre.y - door.y
        let start =
            outline.indices.max { lhs, rhs in
                direction(outline[lhs], table.centre, awayX, awayY)
                    < direction(outline[rhs], table.centre, awayX, awayY)
            } ?? 0
        // The host faces the door; the host's right hand points along (-facingY, facingX).
        let facingX = -awayX
        let facingY = -awayY
        let nextIndex = (start + 1) % outline.count
        let stepsToRight =
            (outline[nextIndex].x - outline[start].x) * -facingY + (outline[nextIndex].y - outline[start].y) * facingX
            > 0
        return (0..<table.seats).map { position in
            let distance = Double(position) * perimeter / Double(table.seats)
            let along = stepsToRight ? lengths[start] + distance : lengths[start] - distance
            let point = self.point(at: along, outline: outline, lengths: lengths, perimeter: perimeter)
            let number = position + 1
            return Seat(
                id: "t\(table.name)-\(number)", area: .banquet, label: "\(table.printedName) \(number)号",
                englishLabel: "Table \(table.name), Seat \(number)", floor: nil, row: nil, number: String(number),
                block: nil, table: table.name, position: number, zones: [], unavailableReason: nil,
                x: point.x, y: point.y)
        }
    }

    /// How far `point` lies from `centre` in the direction (dx, dy), normalised.
    private static func direction(_ point: FloorPoint, _ centre: FloorPoint, _ dx: Double, _ dy: Double) -> Double {
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return point.y - centre.y }
        let px = point.x - centre.x
        let py = point.y - centre.y
        let radius = (px * px + py * py).squareRoot()
        return radius > 0 ? (px * dx + py * dy) / (radius * length) : 0
    }

    /// The line the seats stand on, as a closed polygon of many points.
    static func outline(of table: Table) -> [FloorPoint] {
        let halfLength = table.length / 2 + seatOffset
        let halfWidth = table.width / 2 + seatOffset
        let samples = 720
        return (0..<samples).map { index in
            let angle = 2 * Double.pi * Double(index) / Double(samples)
            switch table.shape {
            case .round, .oval:
                return FloorPoint(
                    x: table.centre.x + halfLength * cos(angle), y: table.centre.y + halfWidth * sin(angle))
            case .rect:
                // The ray at `angle` meets the rectangle where the larger normalised coordinate is 1.
                let dx = cos(angle)
                let dy = sin(angle)
                let scale = 1 / max(abs(dx) / halfLength, abs(dy) / halfWidth)
                return FloorPoint(x: table.centre.x + dx * scale, y: table.centre.y + dy * scale)
            }
        }
    }

    private static func cumulativeLengths(_ outline: [FloorPoint]) -> [Double] {
        var lengths = [0.0]
        for index in outline.indices {
            lengths.append(lengths[index] + outline[index].distance(to: outline[(index + 1) % outline.count]))
        }
        return lengths
    }

    private static func point(at along: Double, outline: [FloorPoint], lengths: [Double], perimeter: Double)
        -> FloorPoint
    {
        var target = along.truncatingRemainder(dividingBy: perimeter)
        if target < 0 { target += perimeter }
        var low = 0
        var high = outline.count
        while low + 1 < high {
            let middle = (low + high) / 2
            if lengths[middle] <= target { low = middle } else { high = middle }
        }
        let from = outline[low]
        let to = outline[(low + 1) % outline.count]
        let segment = lengths[low + 1] - lengths[low]
        let fraction = segment > 0 ? (target - lengths[low]) / segment : 0
        return FloorPoint(x: from.x + (to.x - from.x) * fraction, y: from.y + (to.y - from.y) * fraction)
    }
}
