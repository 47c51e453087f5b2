import Foundation
import SeatPlanCore

/// Maps the floor plan (metres) onto a chart sheet for a view: the audience view puts the stage
/// at the top with x to the right; the stage view turns the plan round (x mirrored, the audience
/// at the top). Across the rows the plan may be stretched, up to ``maximumStretch``, so that a
/// deep hall on landscape paper gets wider seat boxes and larger names.
struct SeatChartMapping {
    /// The most the plan is widened relative to its depth.
    static let maximumStretch = 1.9

    /// Page points per metre across (x) and along (y) the hall.
    let xScale: Double
    let yScale: Double
    let mirrored: Bool
    private let originX: Double
    private let originY: Double

    /// Fits `bounds` into `region` for `view`, centred; `stretch` allows widening.
    init(fitting bounds: MetreBounds, into region: PageRect, view: ChartView, stretch: Bool) {
        let width = max(bounds.width, 1)
        let height = max(bounds.height, 1)
        let fitX = region.width / width
        let fitY = region.height / height
        let uniform = max(1e-6, min(fitX, fitY))
        yScale = uniform
        xScale = stretch ? max(uniform, min(fitX, uniform * Self.maximumStretch)) : uniform
        mirrored = view == .stage
        let sign = mirrored ? -1.0 : 1.0
        // The plan's centre lands on the region's centre.
        let centreX = bounds.isEmpty ? 0 : (bounds.minX + bounds.maxX) / 2
        let centreY = bounds.isEmpty ? 0 : (bounds.minY + bounds.maxY) / 2
        originX = region.centre.x - sign * centreX * xScale
        originY = region.centre.y - sign * centreY * yScale
    }

    /// How much wider than to scale the plan is drawn (1 when to scale).
    var stretch: Double { xScale / yScale }

    func point(x: Double, y: Double) -> PagePoint {
        let sign = mirrored ? -1.0 : 1.0
        return PagePoint(x: originX + sign * x * xScale, y: originY + sign * y * yScale)
    }

    func point(_ point: FloorPoint) -> PagePoint { self.point(x: point.x, y: point.y) }

    /// The page rectangle of a plan rectangle.
    func rect(_ bounds: MetreBounds) -> PageRect {
        let a = point(x: bounds.minX, y: bounds.minY)
        let b = point(x: bounds.maxX, y: bounds.maxY)
        return PageRect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
    }

    /// A box of `width` × `depth` metres round a plan point, turned with its row by `angle`
    /// (radians in the plan), as it appears on the page.
    func box(x: Double, y: Double, width: Double, depth: Double, angle: Double) -> TurnedBox {
        let along = (x: cos(angle) * xScale, y: sin(angle) * yScale)
        let alongScale = (along.x * along.x + along.y * along.y).squareRoot()
        let across = (x: -sin(angle) * xScale, y: cos(angle) * yScale)
        let acrossScale = (across.x * across.x + across.y * across.y).squareRoot()
        // Turning the plan round for the stage view keeps every row's slope.
        let pageAngle = atan2(along.y, along.x)
        return TurnedBox(
            centre: point(x: x, y: y), width: width * alongScale, height: depth * acrossScale, angle: pageAngle)
    }
}
