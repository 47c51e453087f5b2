import ExchangeBridge
import Foundation
import HTTPTypes

/// The delivery board as the page draws it: counts at the top, then the rows that pass the
/// filters (a district's subtree, a state).
struct DeliveryBoardPayload: Encodable {
    struct Counts: Encodable {
        var units = 0
        var sent = 0
        var read = 0
        var reported = 0
        var rowsRejected = 0
        var notReported = 0
    }

    /// The states a row can be filtered by.
    static let states = ["unread", "read", "not-reported", "rows-rejected", "reported"]

    let counts: Counts
    let rows: [BoardRow]
    /// The units that have units below them (the district filter's choices).
    let districts: [District]

    struct District: Encodable {
        let id: UnitID
        let name: String
    }

    init(rows all: [BoardRow], district: UnitID?, state: String?) throws {
        let children = Dictionary(grouping: all.filter { $0.parentID != nil }, by: { $0.parentID })
        districts = all.filter { children[$0.unitID] != nil && $0.parentID != nil }.map {
            District(id: $0.unitID, name: $0.unitName)
        }
        var rows = all
        if let district {
            var inside: Set<UnitID> = [district]
            var frontier = [district]
            while let next = frontier.popLast() {
                for child in children[next] ?? [] where inside.insert(child.unitID).inserted {
                    frontier.append(child.unitID)
                }
            }
            rows = rows.filter { inside.contains($0.unitID) }
        }
        var counts = Counts()
        for row in rows {
            counts.units += 1
            if row.noticeSent { counts.sent += 1 }
            if row.readAt != nil { counts.read += 1 }
            switch row.roster {
            case .accepted: counts.reported += 1
            case .rowsRejected:
                counts.reported += 1
                counts.rowsRejected += 1
            case .none, .failed: counts.notReported += 1
            }
        }
        if let state, !state.isEmpty {
            guard Self.states.contains(state) else {
                throw APIError(.badRequest, "state is one of \(Self.states.joined(separator: ", ")), not '\(state)'")
            }
            rows = rows.filter { Self.matches($0, state) }
        }
        self.counts = counts
        self.rows = rows
    }

    private static func matches(_ row: BoardRow, _ state: String) -> Bool {
        switch state {
        case "unread": row.noticeSent && row.readAt == nil
        case "read": row.readAt != nil
        case "not-reported": row.roster == .none || row.roster == .failed
        case "rows-rejected": row.roster == .rowsRejected
        default: row.roster == .accepted || row.roster == .rowsRejected
        }
    }
}
