import Foundation
import SeatPlanCore

/// A unit's name (or number) placed on the plan, in sheet coordinates.
struct SeatChartUnitLabel {
    let text: String
    let box: TurnedBox
    let style: TextStyle
}

/// Unit names on the plan: once per unit and block (section between aisles).
extension SeatChartFloorSheet {
    /// The smallest unit label printed, in points.
    static let smallestUnitLabel = 2.5

    private struct Group {
        let unit: String
        var rows: [Int: [VenuePreviewHallPlan.PlacedSeat]] = [:]
    }

    private var groups: [Group] {
        var byKey: [String: Group] = [:]
        var order: [String] = []
        for placed in plan.seats {
            guard let entry = entries[placed.seat.id] else { continue }
            let key = entry.assignment.unit + "\u{1F}" + (placed.seat.block ?? "")
            if byKey[key] == nil {
                byKey[key] = Group(unit: entry.assignment.unit)
                order.append(key)
            }
            byKey[key]?.rows[placed.seat.row ?? 0, default: []].append(placed)
        }
        return order.compactMap { byKey[$0] }
    }

    func paintUnitLabels(on canvas: SeatChartCanvas) {
        for label in unitLabels {
            canvas.drawText(
                label.text, centre: label.box.centre, width: label.box.width, height: label.box.height,
                angle: label.box.angle,
                style: label.style)
        }
    }

    /// Where every unit label goes; `page` measures the text.
    func placeUnitLabels(page: PDFPage) -> [SeatChartUnitLabel] {
        var placed: [SeatChartUnitLabel] = []
        let depth = plan.floor?.rowDepth ?? 0.95
        // Larger groups first; a label that would run into one already placed is left out.
        let ordered = groups.sorted {
            $0.rows.values.reduce(0) { $0 + $1.count } > $1.rows.values.reduce(0) { $0 + $1.count }
        }
        var taken: [PageRect] = []
        for group in ordered {
            if showsNames {
                placeLabelBetweenRows(group, depth: depth, taken: &taken, placed: &placed, page: page)
            } else {
                placeLabelOnBlock(group, depth: depth, taken: &taken, placed: &placed, page: page)
            }
        }
        return placed
    }

    /// In the gap between the group's two widest neighbouring rows, or in front of its widest row.
    private func placeLabelBetweenRows(
        _ group: Group, depth: Double, taken: inout [PageRect], placed: inout [SeatChartUnitLabel], page: PDFPage
    ) {
        func extent(_ seats: [VenuePreviewHallPlan.PlacedSeat]) -> (Double, Double) {
            (seats.map(\.seat.x).min() ?? 0, seats.map(\.seat.x).max() ?? 0)
        }
        var best: (low: Double, high: Double, rows: [Int])?
        for row in group.rows.keys.sorted() {
            guard let here = group.rows[row], let next = group.rows[row + 1] else { continue }
            let (a, b) = extent(here)
            let (c, d) = extent(next)
            let low = max(a, c)
            let high = min(b, d)
            if high >= low, high - low >= (best.map { $0.high - $0.low } ?? -1) { best = (low, high, [row, row + 1]) }
        }
        if best == nil, let widest = group.rows.max(by: { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }) {
            let (low, high) = extent(widest.value)
            best = (low, high, [widest.key])
        }
        guard let best else { return }
        let middleX = (best.low + best.high) / 2
        let nearest = best.rows.compactMap { row in
            group.rows[row]?.min { abs($0.seat.x - middleX) < abs($1.seat.x - middleX) }
        }
        guard let first = nearest.first else { return }
        let centre: FloorPoint
        if nearest.count == 2, let second = nearest.last {
            centre = FloorPoint(x: (first.seat.x + second.seat.x) / 2, y: (first.seat.y + second.seat.y) / 2)
        } else {
            // In front of a single row: towards the stage by half a row.
            centre = FloorPoint(
                x: first.seat.x + sin(first.angle) * depth / 2, y: first.seat.y - cos(first.angle) * depth / 2)
        }
        let along = best.high - best.low + plan.pitch * 0.8
        let box = mapping.box(
            x: centre.x, y: centre.y, width: along, depth: depth - plan.seatHeight, angle: first.angle)
        placeFitted(
            group.unit, box: box, maximum: min(box.height * 0.85, nameSize * 0.95), color: nameTone(group.unit).ink,
            taken: &taken, placed: &placed, page: page)
    }

    /// On the middle of the group's seats: the unit's name where it fits, else its number.
    private func placeLabelOnBlock(
        _ group: Group, depth: Double, taken: inout [PageRect], placed: inout [SeatChartUnitLabel], page: PDFPage
    ) {
        let seats = group.rows.values.flatMap { $0 }
        guard !seats.isEmpty else { return }
        let meanX = seats.map(\.seat.x).reduce(0, +) / Double(seats.count)
        let meanY = seats.map(\.seat.y).reduce(0, +) / Double(seats.count)
        guard
            let middle = seats.min(by: {
                hypot($0.seat.x - meanX, $0.seat.y - meanY) < hypot($1.seat.x - meanX, $1.seat.y - meanY)
            })
        else { return }
        let widest =
            group.rows.values.map { row in (row.map(\.seat.x).max() ?? 0) - (row.map(\.seat.x).min() ?? 0) }.max() ?? 0
        let rows = Double(group.rows.count)
        let box = mapping.box(
            x: middle.seat.x, y: middle.seat.y, width: widest + plan.pitch * 0.8, depth: min(rows, 2) * depth * 0.9,
            angle: middle.angle)
        let ink = RGBColor(hex: 0x2B2B2B)
        let maximum = min(depth * mapping.yScale * 0.72, 12 * style.scale)
        if !placeFitted(
            group.unit, box: box, maximum: maximum, color: ink, minimum: 3, taken: &taken, placed: &placed, page: page)
        {
            placeFitted(
                String(units.number[group.unit] ?? 0), box: box, maximum: maximum, color: ink, taken: &taken,
                placed: &placed, page: page)
        }
    }

    /// Places `text` as large as fits `box` up to `maximum` points; `false` when it would be
    /// smaller than `minimum` (or the smallest unit label) or run into a label already placed.
    @discardableResult
    private func placeFitted(
        _ text: String, box: TurnedBox, maximum: Double, color: RGBColor, minimum: Double = smallestUnitLabel,
        taken: inout [PageRect], placed: inout [SeatChartUnitLabel], page: PDFPage
    ) -> Bool {
        let measured = page.measureText(text, style: style.fixed(10, .bold)).width
        guard measured > 0 else { return false }
        let size = PDFPage.quantised(min(maximum, 10 * box.width * 0.94 / measured))
        guard size >= minimum else { return false }
        let footprint = TurnedBox(
            centre: box.centre, width: measured * size / 10, height: size * 1.15, angle: box.angle
        ).corners
        let xs = footprint.map(\.x)
        let ys = footprint.map(\.y)
        let bounds = PageRect(
            x: xs.min() ?? 0, y: ys.min() ?? 0, width: (xs.max() ?? 0) - (xs.min() ?? 0),
            height: (ys.max() ?? 0) - (ys.min() ?? 0))
        guard
            !taken.contains(where: {
                $0.x < bounds.maxX && bounds.x < $0.maxX && $0.y < bounds.maxY && bounds.y < $0.maxY
            })
        else {
            return false
        }
        taken.append(bounds)
        placed.append(SeatChartUnitLabel(text: text, box: box, style: style.fixed(size, .bold, color)))
        return true
    }
}
