/// The posts (职务) of one unit from the most senior down: the first `count` people of a unit get
/// the first rung's title, and so on; the last rung takes everyone left.
struct TitleLadder: Sendable {
    /// One post and how many people hold it.
    struct Rung: Sendable {
        let title: String
        let count: Int
    }

    let rungs: [Rung]

    /// A ladder from (title, count) pairs; the last count is ignored (unlimited).
    init(_ rungs: [(String, Int)]) {
        precondition(!rungs.isEmpty, "a title ladder needs at least one rung")
        self.rungs = rungs.map { Rung(title: $0.0, count: $0.1) }
    }

    /// The title of the person at `rank` (0 = head of the unit).
    func title(at rank: Int) -> String {
        var remaining = rank
        for rung in rungs.dropLast() {
            if remaining < rung.count { return rung.title }
            remaining -= rung.count
        }
        return rungs[rungs.count - 1].title
    }

    /// The rung index of a title (0 = most senior), or `nil` when the ladder has no such post.
    func seniority(of title: String) -> Int? {
        rungs.firstIndex { $0.title == title }
    }
}

extension TitleLadder {
    static let cityPartyCommittee = TitleLadder([
        ("书记", 1), ("副书记", 2), ("常委", 9), ("副秘书长", 5), ("处长", 12), ("副处长", 12), ("干部", 0),
    ])
    static let partyCommittee = TitleLadder([("书记", 1), ("副书记", 2), ("常委", 8), ("部长", 6), ("副部长", 10), ("干部", 0)])
    static let congress = TitleLadder([("主任", 1), ("副主任", 6), ("秘书长", 1), ("委员", 24), ("工作人员", 0)])
    static let cityGovernment = TitleLadder([("市长", 1), ("副市长", 7), ("秘书长", 1), ("副秘书长", 8), ("处长", 12), ("科员", 0)])
    static let districtGovernment = TitleLadder([("区长", 1), ("副区长", 6), ("办公室主任", 1), ("科长", 10), ("科员", 0)])
    static let countyGovernment = TitleLadder([("县长", 1), ("副县长", 6), ("办公室主任", 1), ("股长", 10), ("科员", 0)])
    static let townGovernment = TitleLadder([("镇长", 1), ("副镇长", 4), ("站所长", 6), ("干部", 0)])
    static let subdistrict = TitleLadder([("主任", 1), ("副主任", 4), ("科长", 6), ("干部", 0)])
    static let consultative = TitleLadder([("主席", 1), ("副主席", 7), ("秘书长", 1), ("常委", 30), ("委员", 0)])
    static let discipline = TitleLadder([("书记", 1), ("副书记", 4), ("常委", 6), ("室主任", 12), ("干部", 0)])
    static let partyDepartment = TitleLadder([("部长", 1), ("常务副部长", 1), ("副部长", 4), ("处长", 10), ("副处长", 10), ("干部", 0)])
    static let commission = TitleLadder([("主任", 1), ("副主任", 5), ("处长", 10), ("副处长", 12), ("科员", 0)])
    static let bureau = TitleLadder([("局长", 1), ("副局长", 4), ("科长", 10), ("副科长", 12), ("科员", 0)])
    static let office = TitleLadder([("主任", 1), ("副主任", 4), ("科长", 8), ("科员", 0)])
    static let military = TitleLadder([("司令员", 1), ("政治委员", 1), ("副司令员", 2), ("参谋", 0)])
    static let court = TitleLadder([("院长", 1), ("副院长", 4), ("庭长", 12), ("法官", 0)])
    static let procuratorate = TitleLadder([("检察长", 1), ("副检察长", 4), ("部主任", 10), ("检察官", 0)])
    static let massOrganisation = TitleLadder([("主席", 1), ("副主席", 5), ("部长", 8), ("干部", 0)])
    static let youthLeague = TitleLadder([("书记", 1), ("副书记", 3), ("部长", 6), ("干部", 0)])
    static let democraticParty = TitleLadder([("主委", 1), ("副主委", 5), ("秘书长", 1), ("委员", 20), ("成员", 0)])
    static let school = TitleLadder([("校长", 1), ("党委书记", 1), ("副校长", 4), ("年级组长", 12), ("教师", 0)])
    static let college = TitleLadder([("院长", 1), ("党委书记", 1), ("副院长", 4), ("系主任", 12), ("教授", 20), ("教师", 0)])
    static let hospital = TitleLadder([("院长", 1), ("党委书记", 1), ("副院长", 4), ("科主任", 20), ("主任医师", 30), ("医师", 0)])
    static let publicInstitution = TitleLadder([("主任", 1), ("副主任", 3), ("科长", 6), ("工作人员", 0)])
    static let enterprise = TitleLadder([("董事长", 1), ("总经理", 1), ("副总经理", 4), ("部门经理", 15), ("职员", 0)])
    static let bank = TitleLadder([("行长", 1), ("副行长", 4), ("部门总经理", 10), ("职员", 0)])
    static let media = TitleLadder([("社长", 1), ("总编辑", 1), ("副总编辑", 3), ("主任记者", 12), ("记者", 0)])
    static let secretariat = TitleLadder([("秘书长", 1), ("副秘书长", 4), ("组长", 10), ("工作人员", 0)])

    /// Titles for press people, after the first (the group's head, 首席记者).
    static let press = TitleLadder([("首席记者", 1), ("主任记者", 4), ("记者", 0)])
    /// Titles for meeting staff.
    static let staff = TitleLadder([("副秘书长", 1), ("组长", 6), ("工作人员", 0)])
}
