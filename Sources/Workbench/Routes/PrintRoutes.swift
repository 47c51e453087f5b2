import ExchangeBridge
import Foundation
import HTTPTypes
import Hummingbird
import Render
import SeatPlanCore

/// Every printed output, one click each: rendered by `Render` from a stored plan version (or
/// the stored discussion groups) and downloaded as a PDF.
struct PrintRoutes {
    let desk: MeetingDesk

    /// The kinds a page can ask for, as they appear in the URL.
    static let kinds = [
        "chart", "wall-chart", "rostrum-chart", "cards", "changed-cards", "list", "labels", "banquet", "groups",
        "passes",
    ]

    func register(on router: Router<WorkbenchContext>) {
        router.get("api/meetings/:meeting/print/:kind") { request, context in
            let workspace = try await desk.workspace(try context.parameters.id("meeting", what: "meeting"))
            let kind = context.parameters.get("kind") ?? ""
            guard Self.kinds.contains(kind) else {
                throw APIError.notFound("print kind '\(kind)' (use one of \(Self.kinds.joined(separator: ", ")))")
            }
            if kind == "groups" { return try await groups(workspace) }
            let stored = try await desk.plan(workspace, version: try request.integerQuery("version"))
            if kind == "passes" {
                let pdf = try PassPrinting(desk: desk).passes(stored, workspace: workspace)
                return Self.download(pdf, name: "passes-v\(stored.info.version).pdf")
            }
            let pdf = try render(kind, plan: stored.plan, version: stored.info.version, workspace: workspace)
            return Self.download(pdf, name: "\(kind)-v\(stored.info.version).pdf")
        }
    }

    private func render(_ kind: String, plan: SeatPlan, version: Int, workspace: MeetingWorkspace) throws -> Data {
        let title = ChartTitle(
            meeting: plan.meeting ?? workspace.meeting.name, venue: workspace.venue.name, date: workspace.setup.date,
            planVersion: "第\(version)版")
        var plan = plan
        switch kind {
        case "rostrum-chart":
            guard plan.assignments.contains(where: { $0.area == .rostrum }) else {
                throw APIError.notFound("a rostrum in plan version \(version)")
            }
            return try RostrumChart(plan: plan, title: title).render()
        case "changed-cards":
            guard let reprint = plan.changes.map({ Set($0.cardsToReprint) }) else {
                throw APIError.notFound("changed cards: plan version \(version) was not made by a late change")
            }
            plan.assignments = plan.assignments.filter { reprint.contains($0.attendee) }
            guard !plan.assignments.isEmpty else {
                throw APIError.notFound("a changed card in plan version \(version)")
            }
            let placed = try PlacedPlan(plan: plan, venue: workspace.venue)
            return try PlanDocuments.render(.cards, plan: placed, options: RenderOptions(font: .kai, title: title))
        default:
            let highlight = plan.changes != nil && (kind == "chart" || kind == "wall-chart")
            let placed = try PlacedPlan(plan: plan, venue: workspace.venue, highlightChanges: highlight)
            let (renderKind, options) = Self.renderKind(kind, title: title)
            return try PlanDocuments.render(renderKind, plan: placed, options: options)
        }
    }

    private static func renderKind(_ kind: String, title: ChartTitle) -> (RenderKind, RenderOptions) {
        switch kind {
        case "wall-chart": (.wall, RenderOptions(tile: .a3, title: title))
        case "cards": (.cards, RenderOptions(font: .kai, title: title))
        case "list": (.list, RenderOptions(title: title))
        case "labels": (.labels, RenderOptions(title: title))
        case "banquet": (.banquet, RenderOptions(title: title))
        default: (.chart, RenderOptions(title: title))
        }
    }

    private func groups(_ workspace: MeetingWorkspace) async throws -> Response {
        guard let json = try await desk.store.latestGroupPlan(meeting: workspace.meeting.id) else {
            throw APIError.notFound("discussion groups of this meeting (form them first)")
        }
        let groups = try GroupPlan.decode(json, file: "groups.json")
        let title = ChartTitle(
            meeting: groups.meeting ?? workspace.meeting.name, venue: groups.venue ?? "", date: workspace.setup.date,
            planVersion: "")
        return Self.download(
            try GroupLists.render(groups, options: RenderOptions(title: title), time: ""), name: "groups.pdf")
    }

    static func download(_ pdf: Data, name: String) -> Response {
        var headers = HTTPFields()
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        return JSONReply.bytes(pdf, contentType: "application/pdf", headers: headers)
    }
}
