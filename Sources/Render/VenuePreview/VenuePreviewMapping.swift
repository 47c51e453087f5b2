import Foundation
import SeatPlanCore

/// A rectangle of the floor plan in metres (x to the audience's right, y away from the stage).
struct MetreBounds: Equatable {
    var minX = Double.infinity
    var maxX = -Double.infinity
    var minY = Double.infinity
    var maxY = -Double.infinity

    /// Whether nothing has been included yet.
    var isEmpty: Bool { minX > maxX || minY > maxY }
    var width: Double { isEmpty ? 0 : maxX - minX }
    var height: Double { isEmpty ? 0 : maxY - minY }

    /// Grows to include the point, with `margin` metres round it.
    mutating func include(x: Double, y: Double, margin: Double = 0) {
        guard x.isFinite, y.isFinite else { return }
        minX = min(minX, x - margin)
        maxX = max(maxX, x + margin)
        minY = min(minY, y - margin)
        maxY = max(maxY, y + margin)
    }

    /// Grows to include another rectangle.
    mutating func include(_ other: MetreBounds) {
        guard !other.isEmpty else { return }
        include(x: other.minX, y: other.minY)
        include(x: other.maxX, y: other.maxY)
    }

    /// This rectangle grown by `margin` metres on every side.
    func padded(by margin: Double) -> MetreBounds {
        var copy = self
        if !isEmpty {
            copy.minX -= margin
            copy.maxX += margin
            copy.minY -= margin
            copy.maxY += margin
        }
        return copy
    }
}

/// Maps the floor plan onto the page to scale, as the audience sees it: x to the right, the
/// stage (small y) at the top.
struct VenuePreviewMapping {
    /// Points per metre.
    let pointsPerMetre: Double
    private let originX: Double
    private let originY: Double

    /// Fits `bounds` into `region`, centred, as large as it goes.
    init(fitting bounds: MetreBounds, into region: PageRect) {
        let width = max(bounds.width, 1)
        let height = max(bounds.height, 1)
        let scale = min(region.width / width, region.height / height)
        pointsPerMetre = scale > 0 && scale.isFinite ? scale : 1
        let minX = bounds.isEmpty ? -width / 2 : bounds.minX
        let minY = bounds.isEmpty ? -height / 2 : bounds.minY
        originX = region.x + (region.width - width * pointsPerMetre) / 2 - minX * pointsPerMetre
        originY = region.y + (region.height - height * pointsPerMetre) / 2 - minY * pointsPerMetre
    }

    /// The page point of a plan point in metres.
    func point(x: Double, y: Double) -> PagePoint {
        PagePoint(x: originX + x * pointsPerMetre, y: originY + y * pointsPerMetre)
    }

    /// The page point of a floor point.
    func point(_ point: FloorPoint) -> PagePoint { self.point(x: point.x, y: point.y) }

    /// A length in metres as points.
    func length(_ metres: Double) -> Double { metres * pointsPerMetre }

    /// The page rectangle of a plan rectangle.
    func rect(_ bounds: MetreBounds) -> PageRect {
        let topLeft = point(x: bounds.minX, y: bounds.minY)
        return PageRect(x: topLeft.x, y: topLeft.y, width: length(bounds.width), height: length(bounds.height))
    }

    /// The printed scale, e.g. "1:200", rounded to a familiar figure.
    var ratioText: String {
        let millimetresPerMetre = pointsPerMetre / PageUnits.pointsPerMillimetre
        guard millimetresPerMetre > 0 else { return "" }
        let ratio = 1000 / millimetresPerMetre
        let magnitude = ratio >= 100 ? 10.0 : ratio >= 10 ? 5.0 : 1.0
        return "1:\(Int((ratio / magnitude).rounded() * magnitude))"
    }
}

/// A box of `width` × `height` turned by `angle` radians about `centre` (clockwise on the page).
struct TurnedBox {
    var centre: PagePoint
    var width: Double
    var height: Double
    var angle: Double

    /// The four corners, clockwise from the top-left.
    var corners: [PagePoint] {
        let halfWidth = width / 2
        let halfHeight = height / 2
        return [(-halfWidth, -halfHeight), (halfWidth, -halfHeight), (halfWidth, halfHeight), (-halfWidth, halfHeight)]
            .map { offset($0.0, $0.1) }
    }

    /// The point `along` the box's width axis and `across` its height axis from the centre.
    func offset(_ along: Double, _ across: Double) -> PagePoint {
        let cosine = cos(angle)
        let sine = sin(angle)
        return PagePoint(x: centre.x + along * cosine - across * sine, y: centre.y + along * sine + across * cosine)
    }

    /// The largest upright rectangle round the centre that stays inside the box.
    var uprightInterior: PageRect {
        let cosine = abs(cos(angle))
        let sine = abs(sin(angle))
        // A square turned by θ holds an upright square 1 / (cos θ + sin θ) of its side.
        let factor = 1 / max(1, cosine + sine)
        let width = self.width * factor
        let height = self.height * factor
        return PageRect(x: centre.x - width / 2, y: centre.y - height / 2, width: width, height: height)
    }
}
