import Foundation
import SeatPlanCore

/// One hall page's floor plan in metres, before it meets the page: every seat with the turn
/// of its row, where the row numbers and block names go, the outline of each block, the stage
/// and (on the ground floor) the rostrum chairs.
struct VenuePreviewHallPlan {
    /// A hall seat and the angle its row is turned by at that seat (0 for straight rows).
    struct PlacedSeat {
        let seat: Seat
        let angle: Double
    }

    /// Where a row's number is printed, beyond each end of the row.
    struct RowLabel {
        let text: String
        let left: FloorPoint
        let right: FloorPoint
    }

    /// A block (section between aisles): its shaded outline and where its name goes.
    struct Block {
        let name: String
        let tone: Int
        let outline: [FloorPoint]
        let label: FloorPoint
    }

    /// The floor's name, e.g. "一楼", or "主席台" for a venue with a rostrum only.
    let floorName: String
    let floor: HallFloor?
    let seats: [PlacedSeat]
    let rowLabels: [RowLabel]
    let blocks: [Block]
    /// The stage: from its back wall to its front edge at y = 0; `nil` on an upper floor, whose
    /// page shows only where the stage is (see ``stagePointer``).
    let stage: MetreBounds?
    /// The strip at the back of the stage that carries "主席台".
    let stageHeader: MetreBounds?
    /// On an upper floor: where the note pointing to the stage goes, and how far the floor's
    /// first row is from the stage edge.
    let stagePointer: (at: FloorPoint, distance: Double)?
    /// Where the centre line starts (the back of the stage, or above an upper floor's front).
    let centreLineTop: Double
    /// Rostrum chairs at full capacity (ground floor only).
    let chairs: [RostrumSlot]
    /// Rostrum row labels ("第一排") beyond each end of each rostrum row.
    let rostrumRowLabels: [RowLabel]
    /// A hall seat's box, metres.
    let seatWidth: Double
    let seatHeight: Double
    /// A rostrum chair's box, metres.
    let chairWidth: Double
    let chairHeight: Double
    /// Distance between seat centres along a row, metres.
    let pitch: Double
    /// The hall's last row: the centre line runs to here.
    let backY: Double
    /// Everything drawn, in metres.
    let bounds: MetreBounds

    /// Lays out `floor` (or the stage alone when `nil`) with its `seats`. With `showsStage`, the
    /// stage is drawn `stageWidth` metres wide, with the rostrum's chairs when `rostrum` is
    /// given; without it (an upper floor) a note above the floor points to the stage instead.
    init(floor: HallFloor?, seats: [Seat], rostrum: Rostrum?, stageWidth: Double, showsStage: Bool = true) {
        self.floor = floor
        floorName = floor?.name ?? "主席台"
        let pitch = floor?.seatWidth ?? 0.55
        let rowDepth = floor?.rowDepth ?? 0.95
        self.pitch = pitch
        seatWidth = pitch * 0.84
        seatHeight = min(rowDepth * 0.72, pitch * 0.92)
        let radius = floor?.curveRadius
        let placed = seats.map { seat in
            PlacedSeat(seat: seat, angle: radius.map { -atan2(seat.x, seat.y + $0) } ?? 0)
        }
        self.seats = placed
        rowLabels = Self.rowLabels(placed, pitch: pitch)
        blocks = Self.blocks(placed, floor: floor, pitch: pitch, rowDepth: rowDepth, seatHeight: seatHeight)
        backY = (seats.map(\.y).max() ?? 0) + rowDepth * 0.6

        let slots =
            rostrum.map { RostrumLayout.slots(for: $0, occupancy: $0.rows.map(\.capacity), rules: ProtocolRules()) }
            ?? []
        chairs = slots
        let rowGap = Self.rostrumRowGap(rostrum)
        let spacing = rostrum?.rows.map(\.spacing).min() ?? 0.9
        chairWidth = min(spacing * 0.8, 0.7)
        chairHeight = min(rowGap * 0.6, 0.62)
        rostrumRowLabels = (rostrum?.rows ?? []).compactMap { row in
            let xs = slots.filter { $0.row == row.number }.map(\.x)
            guard let low = xs.min(), let high = xs.max() else { return nil }
            let reach = row.spacing * 1.5
            return RowLabel(
                text: ChineseNumerals.rowLabel(row.number), left: FloorPoint(x: low - reach, y: row.y),
                right: FloorPoint(x: high + reach, y: row.y))
        }
        let headerDepth = 1.4
        let back = (rostrum?.rows.map(\.y).min()).map { $0 - rowGap * 0.6 - headerDepth } ?? -4
        var bounds = MetreBounds()
        let front = floor?.front ?? 0
        if showsStage || floor == nil {
            let stage = MetreBounds(minX: -stageWidth / 2, maxX: stageWidth / 2, minY: back, maxY: 0)
            self.stage = stage
            stageHeader = MetreBounds(minX: -stageWidth / 2, maxX: stageWidth / 2, minY: back, maxY: back + headerDepth)
            stagePointer = nil
            centreLineTop = back + headerDepth
            bounds.include(stage)
        } else {
            stage = nil
            stageHeader = nil
            let pointer = FloorPoint(x: 0, y: front - rowDepth * 2.6)
            stagePointer = (pointer, front)
            centreLineTop = pointer.y + rowDepth * 0.7
            bounds.include(x: pointer.x, y: pointer.y, margin: rowDepth)
        }
        let seatReach = max(seatWidth, seatHeight)
        for seat in placed { bounds.include(x: seat.seat.x, y: seat.seat.y, margin: seatReach) }
        for label in rowLabels + rostrumRowLabels {
            bounds.include(x: label.left.x, y: label.left.y, margin: pitch * 1.3)
            bounds.include(x: label.right.x, y: label.right.y, margin: pitch * 1.3)
        }
        for block in blocks { bounds.include(x: block.label.x, y: block.label.y, margin: rowDepth * 0.6) }
        bounds.include(x: 0, y: backY)
        self.bounds = bounds.padded(by: 0.5)
    }

    /// The number of places drawn: hall seats plus rostrum chairs.
    var placeCount: Int { seats.count + chairs.count }

    /// The width of the stage for a venue: the widest rostrum row with room either side, and at
    /// least 60 % of the ground floor's width.
    static func stageWidth(rostrum: Rostrum?, groundFloorSeats: [Seat]) -> Double {
        let rostrumWidth = (rostrum?.rows.map { Double($0.capacity) * $0.spacing }.max() ?? 0) + 4
        let xs = groundFloorSeats.map(\.x)
        let floorWidth = (xs.max() ?? 0) - (xs.min() ?? 0)
        return max(rostrumWidth, floorWidth * 0.6, 8)
    }

    private static func rostrumRowGap(_ rostrum: Rostrum?) -> Double {
        let ys = (rostrum?.rows.map(\.y) ?? []).sorted()
        let gaps = zip(ys, ys.dropFirst()).map { $1 - $0 }.filter { $0 > 0.05 }
        return gaps.min() ?? 1.2
    }

    /// "N排" beyond both ends of every row, continuing the row's line (or arc).
    private static func rowLabels(_ seats: [PlacedSeat], pitch: Double) -> [RowLabel] {
        let byRow = Dictionary(grouping: seats) { $0.seat.row ?? 0 }
        return byRow.keys.sorted().compactMap { row in
            let members = byRow[row] ?? []
            guard let first = members.min(by: { $0.seat.x < $1.seat.x }),
                let last = members.max(by: { $0.seat.x < $1.seat.x })
            else { return nil }
            let reach = pitch * 1.7
            return RowLabel(
                text: "\(row)排",
                left: FloorPoint(
                    x: first.seat.x - cos(first.angle) * reach, y: first.seat.y - sin(first.angle) * reach),
                right: FloorPoint(x: last.seat.x + cos(last.angle) * reach, y: last.seat.y + sin(last.angle) * reach))
        }
    }

    /// Each block's outline (following its rows' ends) and the place for its name in front of it.
    private static func blocks(
        _ seats: [PlacedSeat], floor: HallFloor?, pitch: Double, rowDepth: Double, seatHeight: Double
    ) -> [Block] {
        guard let floor else { return [] }
        let byBlock = Dictionary(grouping: seats) { $0.seat.block ?? "" }
        return floor.blocks.enumerated().compactMap { index, name in
            let members = byBlock[name] ?? []
            let byRow = Dictionary(grouping: members) { $0.seat.row ?? 0 }
            let rows = byRow.keys.sorted()
            guard let frontRow = rows.first else { return nil }
            let alongPad = pitch / 2
            let acrossPad = rowDepth / 2
            var left: [FloorPoint] = []
            var right: [FloorPoint] = []
            for row in rows {
                let rowSeats = byRow[row] ?? []
                guard let low = rowSeats.min(by: { $0.seat.x < $1.seat.x }),
                    let high = rowSeats.max(by: { $0.seat.x < $1.seat.x })
                else { continue }
                left += [
                    corner(low, along: -alongPad, across: -acrossPad), corner(low, along: -alongPad, across: acrossPad),
                ]
                right += [
                    corner(high, along: alongPad, across: -acrossPad), corner(high, along: alongPad, across: acrossPad),
                ]
            }
            let front = (byRow[frontRow] ?? []).sorted { $0.seat.x < $1.seat.x }
            let middle = front[front.count / 2]
            let centreX = ((front.first?.seat.x ?? 0) + (front.last?.seat.x ?? 0)) / 2
            let centreY = front.map(\.seat.y).min() ?? middle.seat.y
            let lift = rowDepth * 1.05
            let label = FloorPoint(x: centreX + sin(middle.angle) * lift, y: centreY - cos(middle.angle) * lift)
            return Block(name: name, tone: index % 2, outline: left + right.reversed(), label: label)
        }
    }

    /// The point `along` the row and `across` it (positive: away from the stage) from a seat.
    private static func corner(_ seat: PlacedSeat, along: Double, across: Double) -> FloorPoint {
        let cosine = cos(seat.angle)
        let sine = sin(seat.angle)
        return FloorPoint(
            x: seat.seat.x + along * cosine - across * sine, y: seat.seat.y + along * sine + across * cosine)
    }
}
