import SeatPlanCore

/// Chooses each group's convener (召集人) and secretary (recorder), G4.3.
///
/// - Convener: the most senior member tagged `convener`; otherwise, with `convener: member`
///   (the default), the most senior member who is not a leader of the convening body (leaders
///   take part in a group's discussion, its own members convene it), and with
///   `convener: senior_most` (or when a group has only leaders) the most senior member.
/// - Secretary: the most senior member tagged `secretary`; otherwise a staff member tagged
///   `secretary` (given to groups in group order, by precedence); otherwise the most junior
///   member who is not the convener.
struct GroupOfficers {
    let people: [Attendee]
    let leaders: Set<Int>
    let choice: ConvenerChoice

    /// The convener among `members`.
    func convener(of members: [Int]) -> Int? {
        let bySeniority = members.sorted { (people[$0].precedence, $0) < (people[$1].precedence, $1) }
        return bySeniority.first { people[$0].hasTag(.convener) }
            ?? bySeniority.first { choice == .seniorMost || !leaders.contains($0) }
            ?? bySeniority.first
    }

    /// The secretary among `members`, when one is tagged.
    func taggedSecretary(of members: [Int], convener: Int?) -> Int? {
        members.filter { people[$0].hasTag(.secretary) && $0 != convener }
            .min { (people[$0].precedence, $0) < (people[$1].precedence, $1) }
    }

    /// The most junior member other than the convener (and not a leader, where possible).
    func juniorSecretary(of members: [Int], convener: Int?) -> Int? {
        let others = members.filter { $0 != convener }
        let juniorFirst = others.sorted { (people[$0].precedence, $0) > (people[$1].precedence, $1) }
        return juniorFirst.first { !leaders.contains($0) } ?? juniorFirst.first ?? convener
    }
}
