import Foundation
import Planner
import Render
import RosterGenerator
import SeatPlanCore
import VenueLibrary

/// The printed-output scenarios of issue "4 of 7": a plan made once (untimed), then rendered.
extension Scenarios {
    static let rendering: [Scenario] = [
        renderScenario(
            "render-chart-municipal-350", venue: "municipal-hall", roster: .municipalHall, kind: .chart,
            options: RenderOptions(), summary: "seat chart of the municipal hall with 350 names (target ≤ 300 ms)"),
        renderScenario(
            "render-wall-great-hall-9500", venue: "great-hall", roster: .greatHallFull, kind: .wall,
            options: RenderOptions(tile: .a3),
            summary: "wall chart of the great hall, 9,500 names, tiled on A3 (target ≤ 5 s, ≤ 30 MB)"),
        renderScenario(
            "render-cards-3000", venue: "great-hall", roster: .greatHall, kind: .cards,
            options: RenderOptions(), summary: "name cards for the first 3,000 people of the great hall (target ≤ 5 s)",
            limit: 3000),
    ]

    static func renderScenario(
        _ name: String, venue: String, roster: RosterSpecification, kind: RenderKind, options: RenderOptions,
        summary: String, limit: Int? = nil
    ) -> Scenario {
        Scenario(name: name, summary: "Render: \(summary)") {
            guard let url = VenueLibrary.url(forVenue: venue) else {
                throw BenchmarkFailure("\(venue).yaml is not bundled")
            }
            let venueModel = try VenueFile.read(contentsOf: url)
            var plan = try await PlanPipeline.plan(venue: venueModel, roster: RosterGenerator.generate(roster))
            if let limit { plan.assignments = Array(plan.assignments.prefix(limit)) }
            let placed = try PlacedPlan(plan: plan, venue: venueModel)
            return {
                let pdf = try PlanDocuments.render(kind, plan: placed, options: options)
                return String(format: "%d people, %.1f MB", placed.entries.count, Double(pdf.count) / 1_048_576)
            }
        }
    }
}
