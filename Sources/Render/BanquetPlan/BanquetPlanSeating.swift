import SeatPlanCore

/// The tables of a banquet in precedence order, each with its seats in seating order (host,
/// second host, guest 1, guest 2, …) and who sits in them.
struct BanquetPlanSeating {
    /// One seat at a table and its occupant.
    struct Place {
        /// "主人", "副主人", "第1宾", "第2宾", …
        var role: String
        var seat: Seat
        var person: SeatAssignment?
        var isHost: Bool
        var isSecondHost: Bool
    }

    /// One table with its precedence (1 = the main table) and its seats in seating order.
    struct TableSeats {
        var table: Table
        var rank: Int
        var places: [Place]

        var occupied: [Place] { places.filter { $0.person != nil } }
    }

    /// Every table, most honoured first.
    let tables: [TableSeats]

    /// Seats the banquet assignments of `plan` at the tables of `layout` under `rules`.
    init(plan: PlacedPlan, layout: TableLayout, rules: ProtocolRules = ProtocolRules()) {
        let banquetSeats = plan.venue.seats.filter { $0.area == .banquet }
        let seatsByTable = Dictionary(grouping: banquetSeats) { $0.table ?? "" }
        var people: [String: SeatAssignment] = [:]
        for entry in plan.entries {
            if let seat = entry.seat, seat.area == .banquet { people[seat.id] = entry.assignment }
        }
        tables = TablePrecedence.orderedTables(layout).enumerated().map { index, table in
            let seats = seatsByTable[table.name] ?? []
            var places: [Place] = []
            if let seating = TablePrecedence.seating(seats, rules: rules) {
                places.append(
                    Place(
                        role: "主人", seat: seating.host, person: people[seating.host.id], isHost: true,
                        isSecondHost: false))
                if let second = seating.secondHost {
                    places.append(
                        Place(role: "副主人", seat: second, person: people[second.id], isHost: false, isSecondHost: true))
                }
                for (number, guest) in seating.guests.enumerated() {
                    places.append(
                        Place(
                            role: "第\(number + 1)宾", seat: guest, person: people[guest.id], isHost: false,
                            isSecondHost: false))
                }
            }
            return TableSeats(table: table, rank: index + 1, places: places)
        }
    }

    /// How many people are seated at the tables.
    var seatedCount: Int { tables.reduce(0) { $0 + $1.occupied.count } }
    /// How many seats the tables have.
    var seatCount: Int { tables.reduce(0) { $0 + $1.places.count } }

    /// 各桌名单（按桌次）: one group per occupied table, its people in seating order.
    func listSection(pageSetup: PageSetup) -> SeatListSection {
        var lines: [SeatListLine] = []
        for table in tables where !table.occupied.isEmpty {
            let empty = table.places.count - table.occupied.count
            let detail = "桌次 \(table.rank)　·　\(table.occupied.count) 人" + (empty > 0 ? "　·　空位 \(empty)" : "")
            lines.append(.group(table.table.printedName, detail: detail))
            for place in table.occupied {
                guard let person = place.person else { continue }
                lines.append(
                    .row([
                        place.role, place.seat.number, NameTypography.padded(person.name), person.unit,
                        person.title ?? "",
                    ]))
            }
        }
        let occupiedTables = tables.filter { !$0.occupied.isEmpty }.count
        return SeatListSection(
            heading: "各桌名单（按桌次）",
            summary: "共 \(occupiedTables) 桌 \(seatedCount) 人　·　每桌按主人、副主人、第1宾、第2宾……的位次排列",
            columns: [
                SeatListColumn("位次", weight: 48),
                SeatListColumn("座号", weight: 34, alignment: .right),
                SeatListColumn("姓名", weight: 84, content: .name),
                SeatListColumn("单位", weight: 176),
                SeatListColumn("职务", weight: 150),
            ],
            lines: lines, rowHeight: 18, keepGroupsTogether: true, ruledGrid: false, pageSetup: pageSetup)
    }
}
