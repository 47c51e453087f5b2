import SeatPlanCore

/// A small venue and a hand-built plan for the change tests (changes files, the plan roster,
/// the re-planner's change sets).
public enum ChangeFixture {
    public static let venueYAML = """
        name: 测试厅
        rostrum: {rows: [{seats: 5}]}
        hall:
          floors:
            - {floor: 1, front: 3.5, blocks: [中区], rows: ["1-3: 6"]}
          unavailable:
            - {floor: 1, seats: [3-6], reason: 立柱}
        """

    public static func venue() throws -> Venue {
        try VenueFile.parse(venueYAML, file: "test-venue.yaml")
    }

    public static func assignment(
        _ id: String, _ name: String, unit: String, precedence: Int, seat: String,
        role: Role? = nil, unitOrder: Int? = nil, title: String? = nil
    ) -> SeatAssignment {
        let onRostrum = seat.hasPrefix("rostrum")
        return SeatAssignment(
            attendee: id, name: name, unit: unit, precedence: precedence, seat: seat, label: seat,
            area: onRostrum ? .rostrum : .hall, floor: onRostrum ? nil : 1, row: 1, number: "1", table: nil,
            x: 0, y: onRostrum ? -2.5 : 4, title: title, role: role, unitOrder: unitOrder)
    }

    /// Three leaders on the rostrum, four people in the hall, one unseated.
    public static func plan() -> SeatPlan {
        SeatPlan(
            venue: "测试厅", convention: "cn",
            assignments: [
                assignment("L1", "张　一", unit: "市委", precedence: 1, seat: "rostrum-1-C", title: "书记"),
                assignment("L2", "王　二", unit: "市政府", precedence: 2, seat: "rostrum-1-L2"),
                assignment("L3", "李　三", unit: "市人大", precedence: 3, seat: "rostrum-1-R2", role: .rostrum, unitOrder: 1),
                assignment(
                    "M1", "赵　四", unit: "财政局", precedence: 10, seat: "h1-1-1", role: .member, unitOrder: 12,
                    title: "局长"),
                assignment("M2", "钱　五", unit: "财政局", precedence: 11, seat: "h1-1-2"),
                assignment("M3", "孙　六", unit: "教育局", precedence: 12, seat: "h1-1-3"),
                assignment("N1", "周　七", unit: "教育局", precedence: 13, seat: "h1-2-1", role: .nonvoting),
            ],
            unseated: [UnseatedAttendee(attendee: "U1", reason: "no seat left")],
            quality: PlanQuality(
                status: .optimal, objective: 0, bound: 0, gap: 0, protocolViolations: 0, unitSplits: 0,
                solveMilliseconds: 1))
    }

    public static let emptyRoster = Roster(attendees: [], source: "plan")
}
