import Foundation
import SeatPlanCore

/// Renders any printed output of a plan (`seatplan render --kind KIND`).
public enum PlanDocuments {
    /// The PDF bytes of `kind` for `plan` laid over its venue.
    public static func render(_ kind: RenderKind, plan: PlacedPlan, options: RenderOptions) throws -> Data {
        switch kind {
        case .chart: try SeatChart.render(plan, options: options)
        case .wall: try WallChart.render(plan, options: options)
        case .cards: try NameCards.render(plan, options: options)
        case .list: try SeatLists.render(plan, options: options)
        case .labels: try SeatLabels.render(plan, options: options)
        case .banquet: try BanquetPlan.render(plan, options: options)
        case .groups:
            throw RenderError.nothingToRender(
                "group lists are printed from GROUPS.json (GroupLists.render), not from a seat plan")
        case .passes:
            throw RenderError.nothingToRender(
                "passes carry signed codes: render them with Passes.render(_:codes:options:), giving each "
                    + "seated attendee's signed code text")
        }
    }
}
