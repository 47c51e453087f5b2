import ExchangeBridge
import Foundation
import Hummingbird

/// The door (staff only, as every route outside the portal): a scan checked and recorded, and
/// who has arrived.
struct CheckInRoutes {
    let desk: MeetingDesk

    func register(on router: Router<WorkbenchContext>) {
        let door = DoorCheckIn(desk: desk)
        router.post("api/meetings/:meeting/checkins") { request, context in
            var request = request
            let meeting = try await desk.meeting(try context.parameters.id("meeting", what: "meeting"))
            let scan = try await request.json(ScanRequest.self).validated()
            return try JSONReply.response(try await door.scan(scan, meeting: meeting))
        }
        router.get("api/meetings/:meeting/attendance") { _, context in
            let meeting = try await desk.meeting(try context.parameters.id("meeting", what: "meeting"))
            return try JSONReply.response(try await door.attendance(meeting: meeting))
        }
    }
}
