import Foundation
import SeatPlanCore

/// The door of a banquet room or boardroom, drawn as architects do: an opening in the nearest
/// wall, the door leaf swung into the room with its arc, and "门" outside the wall.
struct VenuePreviewDoor {
    let room: MetreBounds
    let door: FloorPoint
    let width: Double

    /// The point on the nearest wall, the wall's direction and the normal into the room (metres).
    var placement: (point: FloorPoint, along: FloorPoint, inward: FloorPoint) {
        let distances: [(Double, FloorPoint, FloorPoint, FloorPoint)] = [
            (door.x - room.minX, FloorPoint(x: room.minX, y: door.y), FloorPoint(x: 0, y: 1), FloorPoint(x: 1, y: 0)),
            (room.maxX - door.x, FloorPoint(x: room.maxX, y: door.y), FloorPoint(x: 0, y: 1), FloorPoint(x: -1, y: 0)),
            (door.y - room.minY, FloorPoint(x: door.x, y: room.minY), FloorPoint(x: 1, y: 0), FloorPoint(x: 0, y: 1)),
            (room.maxY - door.y, FloorPoint(x: door.x, y: room.maxY), FloorPoint(x: 1, y: 0), FloorPoint(x: 0, y: -1)),
        ]
        let nearest = distances.min { $0.0 < $1.0 } ?? distances[3]
        return (nearest.1, nearest.2, nearest.3)
    }

    func paint(mapping: VenuePreviewMapping, style: VenuePreviewStyle, on page: PDFPage) {
        let (point, along, inward) = placement
        let half = width / 2
        let hinge = FloorPoint(x: point.x - along.x * half, y: point.y - along.y * half)
        let latch = FloorPoint(x: point.x + along.x * half, y: point.y + along.y * half)
        let leafEnd = FloorPoint(x: hinge.x + inward.x * width, y: hinge.y + inward.y * width)
        let accent = VenuePreviewStyle.Palette.accent
        // The opening: the wall is interrupted.
        page.strokeLine(
            from: mapping.point(hinge), to: mapping.point(latch),
            style: LineStyle(width: 4 * style.scale, color: .white))
        page.strokeLine(
            from: mapping.point(hinge), to: mapping.point(leafEnd),
            style: LineStyle(width: 1.4 * style.scale, color: accent))
        let inwardAngle = atan2(inward.y, inward.x)
        var turn = atan2(along.y, along.x) - inwardAngle
        while turn > Double.pi { turn -= 2 * Double.pi }
        while turn <= -Double.pi { turn += 2 * Double.pi }
        page.strokeArc(
            centre: mapping.point(hinge), radius: mapping.length(width),
            startAngle: min(inwardAngle, inwardAngle + turn), endAngle: max(inwardAngle, inwardAngle + turn),
            style: LineStyle(width: 0.7 * style.scale, color: accent, dash: [3 * style.scale, 2 * style.scale]))
        let size = 15 * style.scale
        let wallPoint = mapping.point(point)
        let labelCentre = PagePoint(x: wallPoint.x - inward.x * size, y: wallPoint.y - inward.y * size)
        page.drawText(
            "门",
            in: PageRect(x: labelCentre.x - size, y: labelCentre.y - size * 0.75, width: 2 * size, height: size * 1.5),
            style: style.text(15, .bold, accent), fit: .singleLine)
    }
}
