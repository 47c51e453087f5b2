import SeatPlanCore

/// Adds the tags discussion groups read (`sector:`, `region:`, and `native:` for rostrum
/// people) to a generated roster, deterministically: every unit gets one sector (界别) and one
/// region, drawn from the seed; rostrum people get a native place among the regions.
public enum GroupTags {
    /// The sectors drawn from.
    public static let sectors = ["经济界", "教育界", "科技界", "医药卫生界", "文化艺术界", "农业界", "社会福利界", "法律界"]
    /// The regions drawn from.
    public static let regions = ["东湖区", "西山区", "南岸区", "北塘区", "江北区", "龙泉区", "玉泉县", "平安县", "桃源县", "宝山县", "太和县", "芦溪县"]

    /// `roster` with a `sector:` and a `region:` tag per unit and a `native:` tag per rostrum person.
    public static func tagged(_ roster: Roster, seed: UInt64 = 1) -> Roster {
        var draws = Draws(seed: seed ^ 0x5EC7_0125)
        var units: [String: (sector: String, region: String)] = [:]
        for unit in roster.unitsInOfficialOrder {
            units[unit] = (draws.pick(sectors), draws.pick(regions))
        }
        var tagged = roster
        tagged.attendees = roster.attendees.map { attendee in
            var person = attendee
            if let unit = units[person.unit] {
                person.tags += ["sector:\(unit.sector)", "region:\(unit.region)"]
            }
            if person.role == .rostrum { person.tags.append("native:\(draws.pick(regions))") }
            return person
        }
        return tagged
    }
}
