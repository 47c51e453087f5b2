import ExchangeBridge
import Foundation
import HTTPTypes
import OfficeKeys
import Render
import SeatPlanCore

/// The passes (座位证) of a plan version, printed from the workbench: each with a QR code signed
/// by the office key the server unlocked at start, four to an A4 sheet.
struct PassPrinting {
    let desk: MeetingDesk

    /// The passes of `stored` as a PDF; 409 when the server has no unlocked office key.
    func passes(_ stored: StoredPlan, workspace: MeetingWorkspace) throws -> Data {
        guard let key = desk.officeKey else {
            throw APIError(
                .conflict,
                "passes are signed with the office key: run `seatplan keys init`, then start the workbench with "
                    + "--key-passphrase-file")
        }
        var codes: [String: String] = [:]
        for seat in stored.plan.assignments {
            codes[seat.attendee] = try PassCode(
                meeting: workspace.meeting.id, planVersion: stored.info.version, attendee: seat.attendee,
                seat: seat.seat
            ).text(signedBy: key)
        }
        let title = ChartTitle(
            meeting: stored.plan.meeting ?? workspace.meeting.name, venue: workspace.venue.name,
            date: workspace.setup.date, planVersion: "第\(stored.info.version)版")
        let placed = try PlacedPlan(plan: stored.plan, venue: workspace.venue)
        return try Passes.render(placed, codes: codes, options: RenderOptions(title: title))
    }
}
