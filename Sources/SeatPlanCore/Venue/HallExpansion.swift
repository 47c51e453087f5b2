import Foundation

/// Expands hall floors into individual seats: geometry, numbering and labels.
enum HallExpansion {
    /// A seat's place before zones and availability are applied.
    struct PlacedSeat {
        /// The floor's number and name (not the whole floor: seats are copied a lot).
        let floor: Int
        let floorName: String
        let row: Int
        let block: String
        var number = ""
        let x: Double
        let y: Double
    }

    /// Every seat of the floor, row by row, each row numbered per the floor's scheme.
    static func seats(of floor: HallFloor) -> [PlacedSeat] {
        let blockCount = floor.blocks.count
        let capacities = (0..<blockCount).map { block in floor.rows.map { $0.seatsPerBlock[block] }.max() ?? 0 }
        let widths = capacities.map { Double($0) * floor.seatWidth }
        let total = widths.reduce(0, +) + Double(max(0, blockCount - 1)) * floor.aisleWidth
        var lefts: [Double] = []
        var edge = -total / 2
        for width in widths {
            lefts.append(edge)
            edge += width + floor.aisleWidth
        }
        var result: [PlacedSeat] = []
        for (index, row) in floor.rows.enumerated() {
            let straightY = floor.front + Double(index) * floor.rowDepth
            let shift = floor.stagger && !index.isMultiple(of: 2) ? floor.seatWidth / 2 : 0
            var rowSeats: [PlacedSeat] = []
            for block in 0..<blockCount {
                let count = row.seatsPerBlock[block]
                let spare = Double(capacities[block] - count) * floor.seatWidth
                let offset = alignmentOffset(block: block, of: blockCount, spare: spare)
                for seat in 0..<count {
                    let straightX = lefts[block] + offset + (Double(seat) + 0.5) * floor.seatWidth + shift
                    let (x, y) = bend(x: straightX, y: straightY, radius: floor.curveRadius)
                    rowSeats.append(
                        PlacedSeat(
                            floor: floor.number, floorName: floor.name, row: row.number, block: floor.blocks[block],
                            x: x, y: y))
                }
            }
            result += number(rowSeats, scheme: floor.numbering, oddSide: floor.oddSide)
        }
        return result
    }

    /// Narrow rows keep to the centre: side blocks align to their inner aisle, the centre block centres.
    private static func alignmentOffset(block: Int, of count: Int, spare: Double) -> Double {
        let middle = count / 2
        if !count.isMultiple(of: 2), block == middle { return spare / 2 }
        return block < middle ? spare : 0
    }

    /// Bends a straight row onto an arc round a focus `radius` metres behind the stage edge,
    /// keeping each seat's distance along the row.
    private static func bend(x: Double, y: Double, radius: Double?) -> (Double, Double) {
        guard let radius else { return (x, y) }
        let arcRadius = radius + y
        let angle = x / arcRadius
        return (arcRadius * sin(angle), arcRadius * cos(angle) - radius)
    }

    /// Numbers one row's seats.
    private static func number(_ seats: [PlacedSeat], scheme: SeatNumbering, oddSide: Side) -> [PlacedSeat] {
        var sorted = seats.sorted { $0.x < $1.x }
        switch scheme {
        case .sequential:
            for index in sorted.indices { sorted[index].number = String(index + 1) }
        case .oddEven:
            let oddSign: Double = oddSide == .right ? 1 : -1
            let centreTolerance = 1e-6
            let oddIndices = sorted.indices.filter { sorted[$0].x * oddSign > -centreTolerance }
                .sorted { abs(sorted[$0].x) < abs(sorted[$1].x) }
            let evenIndices = sorted.indices.filter { sorted[$0].x * oddSign <= -centreTolerance }
                .sorted { abs(sorted[$0].x) < abs(sorted[$1].x) }
            for (rank, index) in oddIndices.enumerated() { sorted[index].number = String(2 * rank + 1) }
            for (rank, index) in evenIndices.enumerated() { sorted[index].number = String(2 * rank + 2) }
        }
        return sorted
    }
}
