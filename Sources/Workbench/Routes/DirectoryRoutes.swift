import ExchangeBridge
import Foundation
import HTTPTypes
import Hummingbird
import Render
import SeatPlanCore

/// The units' contact details: the office's phone directory (单位电话资料) for staff as XLSX and
/// PDF, the roster template for units, and a unit keeping its own contact details.
///
/// Phone numbers are personal data: they are answered only to staff (the directory) and to the
/// unit itself, and never written to a log or the audit log (which names the changed fields).
struct DirectoryRoutes {
    let desk: MeetingDesk

    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// `POST /api/portal/meetings/{meeting}/units/{unit}/contact`.
    struct ContactRequest: Decodable {
        let contactPerson: String
        let officePhone: String
        let mobile: String
    }

    func register(on router: Router<WorkbenchContext>) {
        router.get("api/meetings/:meeting/directory.xlsx") { _, context in
            let entries = try await entries(try context.parameters.id("meeting", what: "meeting"))
            return Self.download(try PhoneDirectory.xlsx(entries), type: Self.xlsxType, name: "单位电话资料.xlsx")
        }
        router.get("api/meetings/:meeting/directory.pdf") { _, context in
            let id = try context.parameters.id("meeting", what: "meeting")
            let entries = try await entries(id)
            let meeting = try await desk.store.meetings().first { $0.id.rawValue == id }?.name ?? ""
            let options = RenderOptions(title: ChartTitle(meeting: meeting, venue: "单位电话资料", date: "", planVersion: ""))
            return Self.download(
                try PhoneDirectory.pdf(entries, options: options), type: "application/pdf", name: "单位电话资料.pdf")
        }
        router.get("api/portal/template.xlsx") { _, _ in
            Self.download(try RosterTemplate.xlsx(), type: Self.xlsxType, name: "参会人员名单模板.xlsx")
        }
        router.get("api/portal/meetings/:meeting/units/:unit/contact") { _, context in
            let unit = try await PortalRoutes(desk: desk).reachableUnit(context)
            return try JSONReply.response(Self.contact(unit.details))
        }
        router.post("api/portal/meetings/:meeting/units/:unit/contact") { request, context in
            var request = request
            let unit = try await PortalRoutes(desk: desk).reachableUnit(context)
            let asked = try await request.json(ContactRequest.self)
            var details = unit.details
            details.contactPerson = try Self.field(asked.contactPerson, "contactPerson", limit: 40)
            details.officePhone = try Self.phone(asked.officePhone, "officePhone")
            details.mobile = try Self.phone(asked.mobile, "mobile")
            _ = try await desk.store.saveUnits([details], meeting: unit.meetingID)
            return try JSONReply.response(Self.contact(details))
        }
    }

    private func entries(_ meeting: Int64) async throws -> [PhoneDirectoryEntry] {
        let units = try await desk.store.units(meeting: try await desk.meetingID(meeting))
        return units.map { unit in
            PhoneDirectoryEntry(
                unit: unit.details.name, parent: unit.details.parent ?? "", contact: unit.details.contactPerson,
                officePhone: unit.details.officePhone, mobile: unit.details.mobile)
        }
    }

    private static func contact(_ details: UnitDetails) -> [String: String] {
        [
            "unit": details.name, "contactPerson": details.contactPerson, "officePhone": details.officePhone,
            "mobile": details.mobile,
        ]
    }

    private static func field(_ value: String, _ name: String, limit: Int) throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count <= limit, !trimmed.contains(where: \.isNewline) else {
            throw APIError(.badRequest, "\(name): at most \(limit) characters on one line")
        }
        return trimmed
    }

    /// A phone number as written (digits, spaces, dashes, parentheses, a leading +), or empty.
    private static func phone(_ value: String, _ name: String) throws -> String {
        let trimmed = try field(value, name, limit: 30)
        let allowed = Set("0123456789 -+()转")
        guard trimmed.allSatisfy({ allowed.contains($0) }) else {
            throw APIError(.badRequest, "\(name): a phone number has digits, spaces, dashes and parentheses only")
        }
        return trimmed
    }

    static func download(_ bytes: Data, type: String, name: String) -> Response {
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "download"
        return JSONReply.bytes(
            bytes, contentType: type, headers: [.contentDisposition: "attachment; filename*=UTF-8''\(encoded)"])
    }
}
