import SeatPlanCore

/// A small meeting for the re-plan and pipeline tests: a rostrum of one row of 9, a hall of
/// 10-seat rows, seven leaders and units of members.
public enum SmallMeeting {
    /// A rostrum of one row of 9, and a hall of `rows` rows of 10 seats.
    public static func venue(rows: Int = 4) throws -> Venue {
        try VenueFile.parse(
            """
            name: 测试会场
            rostrum:
              rows: [{seats: 9, spacing: 0.9}]
            hall:
              numbering: sequential
              floors:
                - {floor: 1, rows: ["1-\(rows): 10"]}
            """, file: "venue.yaml")
    }

    /// Four units of members: 6, 8, 5 and 7 people.
    public static let units = [("财政局", 6), ("教育局", 8), ("公安局", 5), ("民政局", 7)]

    /// Seven leaders L1–L7 and units of the given sizes (ids P1…, precedence 100+).
    public static func roster(_ units: [(String, Int)] = units) -> Roster {
        var people = (1...7).map {
            Attendee(id: "L\($0)", name: "领导\($0)", unit: "市委", unitOrder: 1, precedence: $0, role: .rostrum)
        }
        var number = 0
        for (index, (unit, size)) in units.enumerated() {
            for member in 0..<size {
                number += 1
                people.append(
                    Attendee(
                        id: "P\(number)", name: "\(unit)\(member + 1)", unit: unit, unitOrder: index + 2,
                        precedence: 100 + number, role: .member))
            }
        }
        return Roster(attendees: people, source: "test")
    }
}
