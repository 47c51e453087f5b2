/// The benchmark scenarios of issue 4 (see `Venues/`).
extension RosterSpecification {
    /// `Venues/municipal-hall.yaml`: 350 attendees from 40 units — 20 on the rostrum (its 20
    /// chairs), 285 members (zone `members` 298), 30 non-voting (70), 5 guests (`leaders` 24),
    /// 5 press (15) and 5 staff (15).
    public static let municipalHall = RosterSpecification(
        seed: 2024, unitCount: 40, memberCount: 285, nonvotingCount: 30, rostrumCount: 20,
        guestCount: 5, pressCount: 5, staffCount: 5)

    /// `Venues/great-hall.yaml` at its main scenario: a 300-person rostrum, 3,000 members from
    /// 700 units and 2,000 non-voting attendees.
    public static let greatHall = RosterSpecification(
        seed: 3000, unitCount: 700, memberCount: 3000, nonvotingCount: 2000, rostrumCount: 300)

    /// `Venues/great-hall.yaml` filled to 9,500 attendees, sized to fit its zones with slack:
    /// 300 rostrum, 3,300 members (zone `members` 3,432), 5,542 non-voting (`nonvoting` 5,814),
    /// 200 guests (`guests` 216, overflow `leaders` 110), 90 press (96), 68 staff (72); about 28
    /// people tagged `accessible` (`accessible` 32).
    public static let greatHallFull = RosterSpecification(
        seed: 9500, unitCount: 700, memberCount: 3300, nonvotingCount: 5542, rostrumCount: 300,
        guestCount: 200, pressCount: 90, staffCount: 68)

    /// `Venues/banquet-hall.yaml`: 416 guests (its 41 tables, 416 seats) from 60 units, with
    /// 41 hosts — one per table — from 市委 and 市人民政府.
    public static let banquet = RosterSpecification(
        seed: 416, unitCount: 60, guestCount: 416, hostCount: 41)

    /// Every preset, by name.
    public static let presets: [(name: String, specification: RosterSpecification)] = [
        ("municipal-hall", .municipalHall), ("great-hall", .greatHall),
        ("great-hall-full", .greatHallFull), ("banquet", .banquet),
    ]
}
