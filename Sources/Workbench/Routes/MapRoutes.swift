import ExchangeBridge
import Foundation
import Hummingbird
import SeatPlanCore

/// The seat map's data and the search over its people.
struct MapRoutes {
    let desk: MeetingDesk

    func register(on router: Router<WorkbenchContext>) {
        router.get("api/meetings/:meeting/map") { request, context in
            let workspace = try await desk.workspace(try context.parameters.id("meeting", what: "meeting"))
            let data = try await desk.seatMap(workspace, version: try request.integerQuery("version"))
            return JSONReply.bytes(data, contentType: "application/json; charset=utf-8")
        }
        router.get("api/meetings/:meeting/search") { request, context in
            let workspace = try await desk.workspace(try context.parameters.id("meeting", what: "meeting"))
            let plan = try await desk.plan(workspace, version: try request.integerQuery("version")).plan
            return try JSONReply.response(["results": PersonSearch(plan: plan).find(request.query("q") ?? "")])
        }
    }
}

/// Finds people of a plan by name, id, unit, pinyin initials (`zsf` → 张三丰) or full pinyin.
struct PersonSearch {
    struct Hit: Encodable, Sendable {
        let attendee: String
        let name: String
        let unit: String
        let label: String
        let seat: String
        let floor: Int?
    }

    let plan: SeatPlan

    /// At most `limit` people matching `query`: exact id first, then names, then the rest in
    /// precedence order.
    func find(_ query: String, limit: Int = 20) -> [Hit] {
        let needle = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard !needle.isEmpty else { return [] }
        let people = plan.assignments
        let keys = PinyinKeys.keys(for: people.map(\.name))
        var ranked: [(rank: Int, precedence: Int, hit: Hit)] = []
        for (person, key) in zip(people, keys) {
            let rank: Int
            if person.attendee.lowercased() == needle {
                rank = 0
            } else if person.name.contains(needle) {
                rank = 1
            } else if key.initials.hasPrefix(needle) || key.pinyin.hasPrefix(needle) {
                rank = 2
            } else if person.unit.contains(needle) || person.attendee.lowercased().contains(needle) {
                rank = 3
            } else {
                continue
            }
            let hit = Hit(
                attendee: person.attendee, name: person.name, unit: person.unit, label: person.label, seat: person.seat,
                floor: person.floor)
            ranked.append((rank, person.precedence, hit))
        }
        return ranked.sorted { ($0.rank, $0.precedence) < ($1.rank, $1.precedence) }.prefix(limit).map(\.hit)
    }
}
