import SeatPlanCore

@testable import RosterGenerator

/// The preset rosters, generated once and shared by the tests.
enum GeneratedRosters {
    static let municipalHall = RosterGenerator.generate(.municipalHall)
    static let greatHall = RosterGenerator.generate(.greatHall)
    static let greatHallFull = RosterGenerator.generate(.greatHallFull)
    static let banquet = RosterGenerator.generate(.banquet)

    /// Every preset with its roster.
    static let all: [(name: String, spec: RosterSpecification, roster: Roster)] = [
        ("municipal-hall", .municipalHall, municipalHall), ("great-hall", .greatHall, greatHall),
        ("great-hall-full", .greatHallFull, greatHallFull), ("banquet", .banquet, banquet),
    ]

    /// People per unit name.
    static func unitSizes(_ roster: Roster) -> [String: Int] {
        var sizes: [String: Int] = [:]
        for attendee in roster.attendees { sizes[attendee.unit, default: 0] += 1 }
        return sizes
    }
}
