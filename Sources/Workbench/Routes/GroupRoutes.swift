import DiscussionGroups
import ExchangeBridge
import Foundation
import HTTPTypes
import Hummingbird
import SeatPlanCore

/// The meeting's discussion groups: formed from the units' current rosters with the meeting's
/// rooms and rules, stored, and shown as groups.json.
struct GroupRoutes {
    let desk: MeetingDesk

    func register(on router: Router<WorkbenchContext>) {
        router.get("api/meetings/:meeting/groups") { _, context in
            let workspace = try await desk.workspace(try context.parameters.id("meeting", what: "meeting"))
            let json =
                try await desk.store.latestGroupPlan(meeting: workspace.meeting.id) ?? Data(#"{"groups": []}"#.utf8)
            return JSONReply.bytes(json, contentType: "application/json; charset=utf-8")
        }
        router.post("api/meetings/:meeting/groups") { _, context in
            let workspace = try await desk.workspace(try context.parameters.id("meeting", what: "meeting"))
            return try await form(workspace)
        }
    }

    private func form(_ workspace: MeetingWorkspace) async throws -> Response {
        guard let roomsYAML = workspace.setup.roomsYAML, let rulesYAML = workspace.setup.groupRulesYAML else {
            throw APIError(.conflict, "this meeting has no discussion rooms or group rules")
        }
        let rooms = try VenueFile.parse(roomsYAML, file: "rooms.yaml")
        let rules = try RulesFile.parse(rulesYAML, file: "groups.yaml")
        let merged = try await desk.store.mergedRoster(meeting: workspace.meeting.id)
        guard !merged.attendees.isEmpty else {
            throw APIError(.unprocessableContent, "no unit has submitted a roster yet, so there is no one to group")
        }
        let roster = Roster(attendees: merged.attendees, source: "pull", encoding: .utf8)
        let plan = try DiscussionGroupPlanner(rules: rules, rooms: rooms).plan(roster, meeting: workspace.meeting.name)
        let json = try plan.jsonData()
        try await desk.store.saveGroupPlan(json: json, meeting: workspace.meeting.id)
        return JSONReply.bytes(json, contentType: "application/json; charset=utf-8", status: .created)
    }
}
