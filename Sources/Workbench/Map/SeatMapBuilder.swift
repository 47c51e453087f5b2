import ExchangeBridge
import Render
import SeatPlanCore

/// Builds the seat map's data for one plan version from the venue and the plan.
struct SeatMapBuilder {
    let workspace: MeetingWorkspace
    let plan: SeatPlan
    let version: Int
    let latestVersion: Int

    func payload() throws -> SeatMapPayload {
        let venue = workspace.venue
        let placed = try PlacedPlan(plan: plan, venue: venue)
        let blocked = Set(plan.changes?.blocked ?? [])
        let seats = venue.seats.map { seat in
            SeatMapPayload.SeatShape(
                id: seat.id, x: Self.metres(seat.x), y: Self.metres(seat.y), floor: seat.floor, row: seat.row,
                number: seat.number,
                block: seat.block, table: seat.table, label: seat.label, zones: seat.zones,
                unavailable: seat.unavailableReason, blocked: blocked.contains(seat.id))
        }
        return SeatMapPayload(
            meeting: .init(id: workspace.id, name: workspace.meeting.name), version: version,
            latestVersion: latestVersion,
            venue: shape(of: venue),
            units: placed.unitTones.map { .init(name: $0.unit, number: $0.number, fill: $0.fill, ink: $0.ink) },
            seats: seats, blocks: blocks(of: venue.seats), tables: tables(of: venue.seats), people: people(),
            unseated: plan.unseated.map { .init(attendee: $0.attendee, reason: $0.reason) })
    }

    private func shape(of venue: Venue) -> SeatMapPayload.VenueShape {
        let xs = venue.seats.map(\.x) + plan.assignments.map(\.x)
        let ys = venue.seats.map(\.y) + plan.assignments.map(\.y)
        let floors = Set(venue.seats.compactMap(\.floor)).sorted()
        return SeatMapPayload.VenueShape(
            name: venue.name, floors: floors.isEmpty ? [1] : floors, hasRostrum: venue.rostrum != nil,
            hasTables: venue.tables != nil,
            bounds: .init(
                minX: (xs.min() ?? 0) - 1, maxX: (xs.max() ?? 0) + 1, minY: min(ys.min() ?? 0, 0) - 1,
                maxY: (ys.max() ?? 0) + 1))
    }

    /// The box of every block of every floor, drawn faintly behind its seats.
    private func blocks(of seats: [Seat]) -> [SeatMapPayload.BlockShape] {
        var boxes: [String: SeatMapPayload.BlockShape] = [:]
        var order: [String] = []
        for seat in seats {
            guard let floor = seat.floor, let name = seat.block else { continue }
            let key = "\(floor)/\(name)"
            guard let box = boxes[key] else {
                order.append(key)
                let (x, y) = (Self.metres(seat.x), Self.metres(seat.y))
                boxes[key] = .init(floor: floor, name: name, minX: x, maxX: x, minY: y, maxY: y)
                continue
            }
            let (x, y) = (Self.metres(seat.x), Self.metres(seat.y))
            boxes[key] = .init(
                floor: floor, name: name, minX: min(box.minX, x), maxX: max(box.maxX, x), minY: min(box.minY, y),
                maxY: max(box.maxY, y))
        }
        return order.compactMap { boxes[$0] }
    }

    /// Each banquet table as a circle through its seats.
    private func tables(of seats: [Seat]) -> [SeatMapPayload.TableShape] {
        let byTable = Dictionary(grouping: seats.filter { $0.table != nil }) { $0.table ?? "" }
        let order = seats.compactMap(\.table).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return order.compactMap { name in
            guard let members = byTable[name], !members.isEmpty else { return nil }
            let x = members.map(\.x).reduce(0, +) / Double(members.count)
            let y = members.map(\.y).reduce(0, +) / Double(members.count)
            let reach = members.map { ((($0.x - x) * ($0.x - x)) + (($0.y - y) * ($0.y - y))).squareRoot() }.max() ?? 0
            return .init(name: name, x: Self.metres(x), y: Self.metres(y), radius: Self.metres(max(0.5, reach - 0.35)))
        }
    }

    private func people() -> [SeatMapPayload.Person] {
        let keys = PinyinKeys.keys(for: plan.assignments.map(\.name))
        return zip(plan.assignments, keys).map { seat, key in
            SeatMapPayload.Person(
                attendee: seat.attendee, name: seat.name, unit: seat.unit, title: seat.title,
                precedence: seat.precedence, role: seat.role?.rawValue, seat: seat.seat, label: seat.label,
                area: seat.area.rawValue, floor: seat.floor, x: Self.metres(seat.x), y: Self.metres(seat.y),
                initials: key.initials,
                pinyin: key.pinyin)
        }
    }

    /// Metres to the millimetre: the map needs no more, and the data stays small.
    static func metres(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
