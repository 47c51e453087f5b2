import ExchangeBridge
import HTTPTypes
import Hummingbird

/// Late changes from the seat map: preview, apply, and "did my apply land?".
struct ChangeRoutes {
    let desk: MeetingDesk

    func register(on router: Router<WorkbenchContext>) {
        let changes = LateChangeDesk(desk: desk)
        router.post("api/meetings/:meeting/changes/preview") { request, context in
            var request = request
            let workspace = try await desk.workspace(try context.parameters.id("meeting", what: "meeting"))
            return try JSONReply.response(try await changes.preview(workspace, body: try await request.bodyData()))
        }
        router.post("api/meetings/:meeting/changes/apply") { request, context in
            var request = request
            let workspace = try await desk.workspace(try context.parameters.id("meeting", what: "meeting"))
            let applied = try await changes.apply(workspace, body: try await request.bodyData())
            return try JSONReply.response(applied, status: .created)
        }
        router.get("api/meetings/:meeting/changes/:request") { _, context in
            let workspace = try await desk.workspace(try context.parameters.id("meeting", what: "meeting"))
            let requestID = context.parameters.get("request") ?? ""
            struct Answer: Encodable {
                let applied: Bool
                let version: Int?
            }
            let version = try await desk.store.planVersion(ofRequest: requestID, meeting: workspace.meeting.id)
            return try JSONReply.response(Answer(applied: version != nil, version: version))
        }
    }
}
