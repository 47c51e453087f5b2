import Foundation

/// Reads a rules file (YAML). Every key is optional; a missing file means all defaults.
///
/// ```yaml
/// convention: cn              # cn | intl
/// even_pair: two_left_of_one  # two_left_of_one | one_left_of_two
/// even_alignment: centre_between_1_2   # centre_between_1_2 | centre_on_1
/// co_principals: false
/// host_seat: by_rank          # by_rank | front_centre | front_end
/// fill: row                   # row | column | centre_out
/// auditorium_left_ref: rostrum   # rostrum | seated_person
/// unit_order: official        # official | pinyin | strokes
/// unit_break: wrap            # wrap | new_row
/// banquet_style: cn_host      # cn_host | intl
/// banquet_guest2: host_left   # host_left | second_host_right
/// zones: {member: [members], nonvoting: [nonvoting], press: [press]}
/// keep_together: [[A0001, A0002]]
/// keep_apart: [[A0003, A0004]]
/// pins: {A0005: h1-3-15}
/// rostrum_absence: recompute      # recompute | remove_and_close   (seatplan reseat)
/// auditorium_absence: leave_empty # leave_empty | compact_within_unit
/// frozen: false                   # true once passes are printed
/// # discussion groups (seatplan groups, protocol §4)
/// group_by: unit              # unit | region | sector | mix
/// groups: 12                  # the number of groups, or instead:
/// group_size: [15, 30]        # smallest and largest group (default 15–30)
/// leaders: [A0001, A0002]     # ids, or a tag: leaders: leader (default: role rostrum)
/// nonvoting: with_unit        # with_unit | own_group
/// group_staff: 2              # room seats kept for staff in every group room
/// convener: senior_most       # senior_most (default) | member (senior-most non-leader), when no one is tagged
/// ```
///
/// Discussion groups read these roster tags (`;`-separated in the `tags` column):
/// `region:江北区` and `sector:教育界` (what `group_by: region | sector` groups by, and what
/// `mix` balances), `parent:江北区人民政府` (small units merge with units of the same parent or
/// sector), `native:浙江` and `former:市教育局` (a leader's affinity: native place and former
/// posts), `convener` and `secretary` (a group's 召集人 and recorder).
public enum RulesFile {
    static let keys =
        [
            "convention", "even_pair", "even_alignment", "co_principals", "host_seat", "fill", "auditorium_left_ref",
            "unit_order", "unit_break", "banquet_style", "banquet_guest2", "zones", "keep_together", "keep_apart",
            "pins",
            "rostrum_absence", "auditorium_absence", "frozen",
        ] + groupingKeys

    /// Reads and validates a rules file.
    public static func read(contentsOf url: URL) throws(InputError) -> PlanningRules {
        try parse(YAMLValue.read(contentsOf: url))
    }

    /// Parses rules YAML text.
    public static func parse(_ text: String, file: String) throws(InputError) -> PlanningRules {
        try parse(YAMLValue.parse(text, file: file))
    }

    static func parse(_ document: YAMLValue) throws(InputError) -> PlanningRules {
        let root = try document.mapping(allowedKeys: keys)
        var rules = PlanningRules()
        var protocolRules = ProtocolRules()
        if let value = root["convention"] { protocolRules.convention = try value.choice(Convention.self) }
        if let value = root["even_pair"] { protocolRules.evenPair = try value.choice(EvenPair.self) }
        if let value = root["even_alignment"] { protocolRules.evenAlignment = try value.choice(EvenAlignment.self) }
        if let value = root["co_principals"] { protocolRules.coPrincipals = try value.boolean() }
        if let value = root["host_seat"] { protocolRules.hostSeat = try value.choice(HostSeat.self) }
        if let value = root["auditorium_left_ref"] {
            protocolRules.auditoriumLeftReference = try value.choice(LeftReference.self)
        }
        if let value = root["banquet_style"] { protocolRules.banquetStyle = try value.choice(BanquetStyle.self) }
        if let value = root["banquet_guest2"] { protocolRules.banquetGuestTwo = try value.choice(BanquetGuestTwo.self) }
        rules.protocolRules = protocolRules
        if let value = root["fill"] { rules.fill = try value.choice(FillMethod.self) }
        if let value = root["unit_order"] { rules.unitOrder = try value.choice(UnitOrdering.self) }
        if let value = root["unit_break"] { rules.unitBreak = try value.choice(UnitBreak.self) }
        if let value = root["zones"] {
            let mapping = try value.mapping(allowedKeys: Role.allCases.map(\.rawValue).filter { $0 != "rostrum" })
            for role in Role.allCases where role != .rostrum {
                if let zones = mapping[role.rawValue] { rules.roleZones[role] = try zones.stringList() }
            }
        }
        if let value = root["rostrum_absence"] {
            rules.lateChanges.rostrumAbsence = try value.choice(RostrumAbsence.self)
        }
        if let value = root["auditorium_absence"] {
            rules.lateChanges.auditoriumAbsence = try value.choice(AuditoriumAbsence.self)
        }
        if let value = root["frozen"] { rules.lateChanges.frozen = try value.boolean() }
        rules.keepTogether = try groups(root["keep_together"])
        rules.keepApart = try groups(root["keep_apart"])
        if let value = root["pins"] {
            guard value.isMapping else { throw value.error("must map attendee ids to seat ids, e.g. {A0005: h1-3-15}") }
            for (attendee, seat) in try value.entries() {
                if rules.pins[attendee] != nil { throw seat.error("attendee '\(attendee)' is pinned twice") }
                rules.pins[attendee] = try seat.string()
            }
            var owners: [String: String] = [:]
            for (attendee, seat) in rules.pins.sorted(by: { $0.key < $1.key }) {
                if let other = owners[seat] {
                    throw value.error("two pins on seat \(seat): \(other) and \(attendee)")
                }
                owners[seat] = attendee
            }
        }
        rules.grouping = try grouping(root)
        return rules
    }

    private static func groups(_ value: YAMLValue?) throws(InputError) -> [[String]] {
        guard let value else { return [] }
        var groups: [[String]] = []
        for item in try value.sequence() {
            let ids = try item.stringList()
            guard ids.count >= 2 else { throw item.error("a group needs at least two attendee ids") }
            groups.append(ids)
        }
        return groups
    }
}
