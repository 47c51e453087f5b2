import Foundation
import SeatPlanCore

/// The seats of a floor sheet: unit cells, seat boxes with names and numbers, rostrum chairs
/// and the unit labels.
extension SeatChartFloorSheet {
    /// The tone of a unit's cells and labels in the names mode.
    func nameTone(_ unit: String) -> (fill: RGBColor, ink: RGBColor) {
        let tones = SeatChartStyle.Palette.nameTones
        return tones[(units.colour[unit] ?? 0) % tones.count]
    }

    /// A unit's block colour in the blocks mode.
    func blockTone(_ unit: String) -> RGBColor {
        let tones = SeatChartStyle.Palette.blockTones
        return tones[(units.colour[unit] ?? 0) % tones.count]
    }

    /// In the names mode, each occupied seat's whole cell (pitch × row depth) is tinted with its
    /// unit's tone, so that a unit reads as one shaded block with its seats on it.
    func paintUnitCells(on canvas: SeatChartCanvas) {
        guard showsNames else { return }
        let overlap = 0.4 / max(mapping.xScale, 1e-6)
        let depth = (plan.floor?.rowDepth ?? 0.95)
        for placed in plan.seats {
            guard let entry = entries[placed.seat.id] else { continue }
            let cell = mapping.box(
                x: placed.seat.x, y: placed.seat.y, width: plan.pitch + overlap, depth: depth + overlap,
                angle: placed.angle)
            canvas.fillPolygon(cell.corners, color: nameTone(entry.assignment.unit).fill)
        }
    }

    func paintSeats(on canvas: SeatChartCanvas) {
        let palette = SeatChartStyle.Palette.self
        let edge = min(0.5 * style.scale, max(0.12, plan.seatWidth * mapping.xScale * 0.04))
        for placed in plan.seats {
            let seat = placed.seat
            let box = mapping.box(
                x: seat.x, y: seat.y, width: plan.seatWidth, depth: plan.seatHeight, angle: placed.angle)
            let entry = entries[seat.id]
            switch mode {
            case .names(let nameSize, _, let numberSize):
                let fill = seat.isAvailable ? palette.seatFill : palette.unavailableFill
                canvas.fillPolygon(box.corners, color: fill)
                canvas.strokePolygon(
                    box.corners,
                    style: LineStyle(width: edge, color: entry == nil ? palette.emptyEdge : palette.seatEdge))
                if canvas.isThumbnail { continue }
                if numberSize > 0 {
                    let strip = box.offset(-box.width * 0.22, -box.height * 0.33)
                    canvas.drawText(
                        seat.number, centre: strip, width: box.width * 0.5, height: box.height * 0.3, angle: box.angle,
                        style: style.fixed(numberSize, .regular, palette.muted))
                }
                if let entry {
                    let nameCentre = numberSize > 0 ? box.offset(0, box.height * 0.14) : box.centre
                    paintName(
                        entry.assignment.name, centre: nameCentre, width: box.width * 0.96, height: box.height * 0.66,
                        angle: box.angle, size: nameSize, on: canvas)
                }
            case .blocks:
                let fill =
                    entry.map { blockTone($0.assignment.unit) }
                    ?? (seat.isAvailable ? palette.seatFill : palette.unavailableFill)
                canvas.fillPolygon(box.corners, color: fill)
                if entry == nil {
                    canvas.strokePolygon(box.corners, style: LineStyle(width: edge * 0.8, color: palette.emptyEdge))
                }
            }
            if entry?.isHighlighted == true {
                canvas.strokePolygon(
                    box.corners, style: LineStyle(width: max(edge * 3, 0.6 * style.scale), color: palette.changed))
            }
        }
    }

    /// A padded name at `size`, shrunk for a long or foreign name so that it stays whole.
    func paintName(
        _ name: String, centre: PagePoint, width: Double, height: Double, angle: Double, size: Double,
        on canvas: SeatChartCanvas
    ) {
        let printed = NameTypography.padded(name)
        let ems = printed.reduce(0.0) {
            $0 + (NameTypography.isHanCharacter($1) || $1 == NameTypography.ideographicSpace ? 1 : 0.56)
        }
        let style = self.style.fixed(size, .regular, SeatChartStyle.Palette.ink)
        if ems <= 3.05 {
            canvas.drawText(printed, centre: centre, width: width, height: height, angle: angle, style: style)
        } else {
            let fitted = PDFPage.quantised(max(size * 3 / ems, size * 0.55))
            canvas.drawText(
                printed, centre: centre, width: width, height: height, angle: angle, style: style.sized(fitted),
                fit: .shrink(minimumSize: size * 0.4))
        }
    }

    /// The rostrum's people on their chairs, placed where the plan put them.
    func paintChairs(on canvas: SeatChartCanvas) {
        guard !rostrum.isEmpty else { return }
        let palette = SeatChartStyle.Palette.self
        let rostrumSize: Double
        switch mode {
        case .names(_, let size, _): rostrumSize = size
        case .blocks(let size): rostrumSize = size
        }
        for entry in rostrum {
            let assignment = entry.assignment
            let row = assignment.row ?? RostrumChairID(assignment.seat)?.row ?? 1
            let spacing = rostrumSpacing[row] ?? 0.9
            let box = mapping.box(
                x: assignment.x, y: assignment.y, width: spacing * 0.86, depth: plan.chairHeight, angle: 0)
            let rect = PageRect(
                x: box.centre.x - box.width / 2, y: box.centre.y - box.height / 2, width: box.width, height: box.height)
            canvas.fillRectangle(rect, color: palette.chairFill, cornerRadius: rect.width * 0.1)
            canvas.strokeRectangle(
                rect,
                style: LineStyle(
                    width: (entry.isHighlighted ? 1.8 : 0.6) * style.scale,
                    color: entry.isHighlighted ? palette.changed : palette.stageEdge),
                cornerRadius: rect.width * 0.1)
            guard rostrumSize > 0 else { continue }
            paintName(
                assignment.name, centre: rect.centre, width: rect.width * 0.96, height: rect.height * 0.8, angle: 0,
                size: rostrumSize, on: canvas)
        }
    }
}
