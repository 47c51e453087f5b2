import SeatPlanCore

/// The roster split for grouping: who is grouped (and which of them are the convening body's
/// leaders), which staff can serve as group secretaries, and who is in no group and why.
struct Participants {
    /// Everyone to be grouped, in roster order: roles rostrum, member, nonvoting and guest.
    let people: [Attendee]
    /// Indexes into ``people`` of the leaders to spread across groups, by precedence.
    let leaders: [Int]
    /// Staff tagged `secretary`, by precedence: each may serve one group as its recorder.
    let staffSecretaries: [Attendee]
    /// Press and staff, who are in no group.
    let notGrouped: [UngroupedAttendee]
    /// Id → index into ``people``.
    let index: [String: Int]

    /// Splits `roster`; leaders named in `rules` must be on it and be grouped people.
    init(roster: Roster, rules: GroupingRules) throws(InputErrors) {
        var people: [Attendee] = []
        var staffSecretaries: [Attendee] = []
        var notGrouped: [UngroupedAttendee] = []
        for attendee in roster.attendees {
            switch attendee.role {
            case .rostrum, .member, .nonvoting, .guest:
                people.append(attendee)
            case .staff where attendee.hasTag(.secretary):
                staffSecretaries.append(attendee)
            case .staff:
                notGrouped.append(
                    UngroupedAttendee(attendee: attendee.id, reason: "staff serve the meeting, not a group"))
            case .press:
                notGrouped.append(
                    UngroupedAttendee(attendee: attendee.id, reason: "press report on the groups, not in one"))
            }
        }
        let index = Dictionary(people.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var problems: [InputError] = []
        var leaders: [Int] = []
        switch rules.leaders {
        case .rostrum:
            leaders = people.indices.filter { people[$0].role == .rostrum }
        case .tag(let tag):
            leaders = people.indices.filter { people[$0].hasTag(RosterTag(tag)) }
            if leaders.isEmpty {
                problems.append(
                    rules.origin.error(
                        "leaders",
                        "no member, guest or rostrum person on \(roster.source) carries the tag '\(tag)'; tag the "
                            + "leaders or list their ids"
                    ))
            }
        case .ids(let ids):
            let all = Dictionary(roster.attendees.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for id in ids {
                if let position = index[id] {
                    leaders.append(position)
                } else if let person = all[id] {
                    problems.append(
                        rules.origin.error(
                            "leaders",
                            "'\(id)' (\(person.name)) has role \(person.role.rawValue), and \(person.role.rawValue) "
                                + "people are in no group"
                        ))
                } else {
                    problems.append(rules.origin.error("leaders", "no attendee '\(id)' on \(roster.source)"))
                }
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        self.people = people
        self.leaders = leaders.sorted { (people[$0].precedence, $0) < (people[$1].precedence, $1) }
        self.staffSecretaries = staffSecretaries.sorted { ($0.precedence, $0.id) < ($1.precedence, $1.id) }
        self.notGrouped = notGrouped
        self.index = index
    }
}
