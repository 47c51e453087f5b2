import ExchangeBridge
import Foundation
import HTTPTypes
import Hummingbird

/// The staff's side of the exchange network: notices with attachments, the delivery board
/// (资料发送情况) and the reminders (催看, 催报).
struct NoticeRoutes {
    let desk: MeetingDesk

    /// `POST /api/meetings/{meeting}/notices`.
    struct NoticeRequest: Decodable {
        struct Audience: Decodable {
            /// `all`, `subtree` or `units`.
            let kind: String
            let unit: Int64?
            let units: [Int64]?
        }
        struct Attachment: Decodable {
            let fileName: String
            let contentType: String?
            /// The file's bytes, base64.
            let content: String
        }
        let title: String
        let body: String?
        /// ISO-8601, e.g. `2026-12-10T09:00:00+08:00`.
        let deadline: String?
        let audience: Audience
        let attachments: [Attachment]?
    }

    func register(on router: Router<WorkbenchContext>) {
        router.get("api/meetings/:meeting/notices") { _, context in
            try JSONReply.response(["notices": try await desk.store.notices(meeting: try meeting(context))])
        }
        router.post("api/meetings/:meeting/notices") { request, context in
            var request = request
            let meeting = try await meeting(context)
            let asked = try await request.json(NoticeRequest.self)
            let notice = try await desk.store.sendNotice(
                try Self.notice(asked), to: try Self.audience(asked.audience), meeting: meeting)
            desk.events.publish(.board("notice"), meeting: meeting.rawValue)
            return try JSONReply.response(notice, status: .created)
        }
        router.get("api/meetings/:meeting/board") { request, context in
            let meeting = try await meeting(context)
            let notice = try request.integerQuery("notice").map { NoticeID(rawValue: Int64($0)) }
            if let notice { _ = try await requireNotice(notice, meeting: meeting) }
            let rows = try await desk.store.deliveryBoard(meeting: meeting, notice: notice)
            return try JSONReply.response(
                DeliveryBoardPayload(
                    rows: rows, district: try request.integerQuery("district").map { UnitID(rawValue: Int64($0)) },
                    state: request.query("state")))
        }
        router.post("api/meetings/:meeting/notices/:notice/read-reminders") { _, context in
            let meeting = try await meeting(context)
            let notice = try await requireNotice(
                NoticeID(rawValue: try context.parameters.id("notice", what: "notice")), meeting: meeting)
            let run = try await desk.store.queueReadReminders(notice: notice.id, units: nil)
            desk.events.publish(.board("reminders"), meeting: meeting.rawValue)
            return try JSONReply.response(run)
        }
        router.post("api/meetings/:meeting/notices/:notice/report-reminders") { _, context in
            let meeting = try await meeting(context)
            let notice = try await requireNotice(
                NoticeID(rawValue: try context.parameters.id("notice", what: "notice")), meeting: meeting)
            let result = try await desk.store.queueReminders(meeting: meeting, deadline: notice.deadline, units: nil)
            desk.events.publish(.board("reminders"), meeting: meeting.rawValue)
            return try JSONReply.response(
                ReminderRun(queued: result.queued, alreadyQueued: result.alreadyQueued, skipped: result.submittedCount))
        }
        router.get("api/meetings/:meeting/notices/:notice/attachments/:attachment") { _, context in
            let meeting = try await meeting(context)
            let notice = try await requireNotice(
                NoticeID(rawValue: try context.parameters.id("notice", what: "notice")), meeting: meeting)
            return try await AttachmentDownload.response(
                store: desk.store, notice: notice,
                attachment: AttachmentID(rawValue: try context.parameters.id("attachment", what: "attachment")))
        }
    }

    private func meeting(_ context: WorkbenchContext) async throws -> MeetingID {
        try await desk.meetingID(try context.parameters.id("meeting", what: "meeting"))
    }

    /// The notice, when it belongs to `meeting`; 404 otherwise.
    private func requireNotice(_ id: NoticeID, meeting: MeetingID) async throws -> NoticeInfo {
        let notice: NoticeInfo
        do {
            notice = try await desk.store.notice(id)
        } catch {
            guard error.kind == .notFound else { throw error }
            throw APIError.notFound("notice \(id.rawValue)")
        }
        guard notice.meetingID == meeting else { throw APIError.notFound("notice \(id.rawValue)") }
        return notice
    }

    static func notice(_ asked: NoticeRequest) throws -> NewNotice {
        var deadline: Date?
        if let text = asked.deadline, !text.isEmpty {
            guard let parsed = ISO8601DateFormatter().date(from: text) else {
                throw APIError(
                    .badRequest, "deadline: '\(text)' is not a date and time such as 2026-12-10T09:00:00+08:00",
                    problems: [
                        APIError.Problem(file: "request body", line: nil, field: "deadline", message: "not a date")
                    ])
            }
            deadline = parsed
        }
        var attachments: [NewAttachment] = []
        for (index, file) in (asked.attachments ?? []).enumerated() {
            guard let bytes = Data(base64Encoded: file.content) else {
                throw APIError(.badRequest, "attachments[\(index)].content is not base64")
            }
            attachments.append(
                NewAttachment(
                    fileName: file.fileName, contentType: file.contentType ?? "application/octet-stream", bytes: bytes))
        }
        return NewNotice(title: asked.title, body: asked.body ?? "", deadline: deadline, attachments: attachments)
    }

    static func audience(_ asked: NoticeRequest.Audience) throws -> NoticeAudience {
        switch asked.kind {
        case "all": return .all
        case "subtree":
            guard let unit = asked.unit else { throw APIError(.badRequest, "audience.unit names the district's unit") }
            return .subtree(UnitID(rawValue: unit))
        case "units":
            let units = asked.units ?? []
            guard !units.isEmpty else { throw APIError(.badRequest, "audience.units lists at least one unit") }
            return .units(units.map(UnitID.init(rawValue:)))
        default:
            throw APIError(.badRequest, "audience.kind is 'all', 'subtree' or 'units', not '\(asked.kind)'")
        }
    }
}

/// An attachment's bytes as a download, when it belongs to the notice.
enum AttachmentDownload {
    static func response(store: any ExchangeStorage, notice: NoticeInfo, attachment: AttachmentID) async throws
        -> Response
    {
        guard notice.attachments.contains(where: { $0.id == attachment }) else {
            throw APIError.notFound("attachment \(attachment.rawValue)")
        }
        let (info, bytes) = try await store.attachment(attachment)
        let encoded = info.fileName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "attachment"
        return JSONReply.bytes(
            bytes, contentType: info.contentType,
            headers: [.contentDisposition: "attachment; filename*=UTF-8''\(encoded)"])
    }
}
