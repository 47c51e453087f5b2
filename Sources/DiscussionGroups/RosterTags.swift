import SeatPlanCore

/// The tag conventions discussion groups read from the roster's free `tags` column
/// (`;`-separated): `region:江北区`, `sector:教育界`, `parent:江北区人民政府`, `native:浙江`,
/// `former:市教育局`, and the bare tags ``RosterTag/convener`` and ``RosterTag/secretary``. A
/// full-width colon (：) works as well as `:`.
public enum RosterTags {
    /// The region a person belongs to: what `group_by: region` groups by.
    public static let region = "region"
    /// The sector (界别): what `group_by: sector` groups by.
    public static let sector = "sector"
    /// The parent unit: small units merge with units of the same parent.
    public static let parent = "parent"
    /// Native place (籍贯): a leader's affinity.
    public static let native = "native"
    /// A former post or unit: a leader's affinity.
    public static let former = "former"

    /// The values of `key:` tags on `attendee`, in tag order.
    public static func values(_ key: String, of attendee: Attendee) -> [String] {
        attendee.tags.compactMap { tag in
            guard tag.hasPrefix(key + ":") || tag.hasPrefix(key + "：") else { return nil }
            let value = tag.dropFirst(key.count + 1).drop { $0.isWhitespace }
            let trimmed = String(value.reversed().drop { $0.isWhitespace }.reversed())
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// The first value of a `key:` tag, or `nil`.
    public static func value(_ key: String, of attendee: Attendee) -> String? {
        values(key, of: attendee).first
    }

    /// What a leader's affinity looks for in a group: native places and former posts.
    static func affinity(of leader: Attendee) -> Set<String> {
        Set(values(native, of: leader) + values(former, of: leader))
    }

    /// What a group member offers to a leader's affinity: unit, region, sector, parent, native
    /// place and former posts.
    static func affinityTargets(of member: Attendee) -> Set<String> {
        var targets: Set<String> = [member.unit]
        for key in [region, sector, parent, native, former] { targets.formUnion(values(key, of: member)) }
        return targets
    }
}
