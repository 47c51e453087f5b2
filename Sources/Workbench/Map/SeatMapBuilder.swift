import ExchangeBridge
import Foundation
import Render
import SeatPlanCore

/// Builds the seat map's data: the venue's part once per meeting, a plan version's part per
/// version, joined into one JSON object.
enum SeatMapBuilder {
    /// The venue drawn to scale: its seats, blocks, tables and extent.
    static func venuePart(_ venue: Venue) -> SeatMapPayload.VenuePart {
        let seats = venue.seats.map { seat in
            SeatMapPayload.SeatShape(
                id: seat.id, x: metres(seat.x), y: metres(seat.y), floor: seat.floor, row: seat.row,
                number: seat.number,
                block: seat.block, table: seat.table, label: seat.label, zones: seat.zones,
                unavailable: seat.unavailableReason)
        }
        return SeatMapPayload.VenuePart(
            venue: shape(of: venue), seats: seats, blocks: blocks(of: venue.seats), tables: tables(of: venue.seats))
    }

    /// A plan version's people in their seats, with the units' chart colours.
    static func versionPart(_ plan: SeatPlan, workspace: MeetingWorkspace, version: Int, latestVersion: Int) throws
        -> SeatMapPayload.VersionPart
    {
        let placed = try PlacedPlan(plan: plan, venue: workspace.venue)
        return SeatMapPayload.VersionPart(
            meeting: .init(id: workspace.id, name: workspace.meeting.name), version: version,
            latestVersion: latestVersion,
            units: placed.unitTones.map { .init(name: $0.unit, number: $0.number, fill: $0.fill, ink: $0.ink) },
            people: people(plan), unseated: plan.unseated.map { .init(attendee: $0.attendee, reason: $0.reason) },
            blocked: plan.changes?.blocked ?? [])
    }

    /// One JSON object with the members of both parts (each encoded on its own, so the venue's
    /// part is encoded once per meeting).
    static func join(venue: Data, version: Data) -> Data {
        guard venue.count > 2, version.count > 2 else { return venue.count > 2 ? venue : version }
        var joined = Data(venue.dropLast())
        joined.append(UInt8(ascii: ","))
        joined.append(version.dropFirst())
        return joined
    }

    /// Metres to the millimetre: the map needs no more, and the data stays small.
    static func metres(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    private static func shape(of venue: Venue) -> SeatMapPayload.VenueShape {
        var xs = venue.seats.map(\.x)
        var ys = venue.seats.map(\.y)
        for row in venue.rostrum?.rows ?? [] {
            let half = Double(row.capacity) * row.spacing / 2
            xs += [-half, half]
            ys.append(row.y)
        }
        let floors = Set(venue.seats.compactMap(\.floor)).sorted()
        return SeatMapPayload.VenueShape(
            name: venue.name, floors: floors.isEmpty ? [1] : floors, hasRostrum: venue.rostrum != nil,
            hasTables: venue.tables != nil,
            bounds: .init(
                minX: metres((xs.min() ?? 0) - 1), maxX: metres((xs.max() ?? 0) + 1),
                minY: metres(min(ys.min() ?? 0, 0) - 1), maxY: metres((ys.max() ?? 0) + 1)))
    }

    /// The box of every block of every floor, drawn faintly behind its seats.
    private static func blocks(of seats: [Seat]) -> [SeatMapPayload.BlockShape] {
        var boxes: [String: SeatMapPayload.BlockShape] = [:]
        var order: [String] = []
        for seat in seats {
            guard let floor = seat.floor, let name = seat.block else { continue }
            let key = "\(floor)/\(name)"
            let (x, y) = (metres(seat.x), metres(seat.y))
            guard let box = boxes[key] else {
                order.append(key)
                boxes[key] = .init(floor: floor, name: name, minX: x, maxX: x, minY: y, maxY: y)
                continue
            }
            boxes[key] = .init(
                floor: floor, name: name, minX: min(box.minX, x), maxX: max(box.maxX, x), minY: min(box.minY, y),
                maxY: max(box.maxY, y))
        }
        return order.compactMap { boxes[$0] }
    }

    /// Each banquet table as a circle through its seats.
    private static func tables(of seats: [Seat]) -> [SeatMapPayload.TableShape] {
        var order: [String] = []
        var byTable: [String: [Seat]] = [:]
        for seat in seats {
            guard let table = seat.table else { continue }
            if byTable[table] == nil { order.append(table) }
            byTable[table, default: []].append(seat)
        }
        return order.compactMap { name in
            guard let members = byTable[name], !members.isEmpty else { return nil }
            let x = members.map(\.x).reduce(0, +) / Double(members.count)
            let y = members.map(\.y).reduce(0, +) / Double(members.count)
            let reach =
                members.map { seat -> Double in
                    let (dx, dy) = (seat.x - x, seat.y - y)
                    return (dx * dx + dy * dy).squareRoot()
                }.max() ?? 0
            return .init(name: name, x: metres(x), y: metres(y), radius: metres(max(0.5, reach - 0.35)))
        }
    }

    private static func people(_ plan: SeatPlan) -> [SeatMapPayload.Person] {
        let keys = PinyinKeys.keys(for: plan.assignments.map(\.name))
        return zip(plan.assignments, keys).map { seat, key in
            SeatMapPayload.Person(
                attendee: seat.attendee, name: seat.name, unit: seat.unit, title: seat.title,
                precedence: seat.precedence, role: seat.role?.rawValue, seat: seat.seat, label: seat.label,
                area: seat.area.rawValue, floor: seat.floor, x: metres(seat.x), y: metres(seat.y),
                initials: key.initials,
                pinyin: key.pinyin)
        }
    }
}
