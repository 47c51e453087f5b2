/// What a unit is for when people are placed in it.
enum UnitCategory: Sendable, Equatable {
    /// The city's leading organs (市委, 市人大常委会, 市人民政府, …), where rostrum people come from.
    case leadership
    /// Newspapers, broadcasters and news agencies, where press people come from.
    case media
    /// Offices that send meeting staff.
    case secretariat
    /// Democratic parties and federations that send invited guests.
    case guestOrganisation
    /// Every other unit: departments, districts, counties, towns, schools, hospitals, firms.
    case ordinary
}

/// One possible unit: its name, its posts and its category.
struct UnitTemplate: Sendable {
    let name: String
    let ladder: TitleLadder
    let category: UnitCategory
}

/// Every unit name the generator can use, in canonical official order. Names are made
/// combinatorially (district and town names × organ types, ordinals × schools and hospitals), so
/// well over a thousand distinct units exist.
enum UnitCatalog {
    /// The whole catalogue; names are unique.
    static let all: [UnitTemplate] = build()

    /// Positions in `all` of the leading organs, in protocol order: 0 市委, 1 市人大常委会,
    /// 2 市人民政府, 3 市政协, then the others.
    static let leadership: [Int] = indices(of: .leadership)
    /// Positions of media units.
    static let media: [Int] = indices(of: .media)
    /// Positions of units that send staff.
    static let secretariats: [Int] = indices(of: .secretariat)
    /// Positions of units that send guests.
    static let guestOrganisations: [Int] = indices(of: .guestOrganisation)

    private static func indices(of category: UnitCategory) -> [Int] {
        all.indices.filter { all[$0].category == category }
    }

    /// District and county names (the first twelve are districts, the rest counties).
    static let places = [
        "东湖", "西山", "南岸", "北塘", "江北", "河西", "高新", "经开", "新城", "滨江", "城关", "龙泉",
        "青云", "凤凰", "白鹭", "金沙", "玉泉", "清河", "平安", "永宁", "长乐", "福田", "临江", "望海",
        "松岭", "柳溪", "桃源", "石门", "安平", "丰泽", "宝山", "双峰", "云台", "太和", "兴隆", "明月",
        "梅岭", "芦溪", "杏林", "镜湖",
    ]
    /// How many of `places` are urban districts (区); the rest are counties (县).
    static let districtCount = 12

    private static func build() -> [UnitTemplate] {
        var units: [UnitTemplate] = []
        func add(_ name: String, _ ladder: TitleLadder, _ category: UnitCategory = .ordinary) {
            units.append(UnitTemplate(name: name, ladder: ladder, category: category))
        }
        add("市委", .cityPartyCommittee, .leadership)
        add("市人大常委会", .congress, .leadership)
        add("市人民政府", .cityGovernment, .leadership)
        add("市政协", .consultative, .leadership)
        add("市纪委监委", .discipline, .leadership)
        add("市委组织部", .partyDepartment, .leadership)
        add("市委宣传部", .partyDepartment, .leadership)
        add("市委统战部", .partyDepartment, .leadership)
        add("市委政法委", TitleLadder([("书记", 1), ("常务副书记", 1), ("副书记", 3), ("处长", 10), ("干部", 0)]), .leadership)
        add("市军分区", .military, .leadership)
        add("市中级人民法院", .court, .leadership)
        add("市人民检察院", .procuratorate, .leadership)

        add("大会秘书处", .secretariat, .secretariat)
        add("市委办公室", .office, .secretariat)
        add("市人民政府办公室", .office, .secretariat)
        add("市人大常委会办公室", .office, .secretariat)
        add("市政协办公室", .office, .secretariat)
        add("市机关事务管理局", .bureau, .secretariat)
        for name in ["市委政策研究室", "市委网信办", "市委编办", "市直机关工委", "市委党校", "市委老干部局", "市委台办", "市委外办"] {
            add(name, name.hasSuffix("局") ? .bureau : .office)
        }
        for (name, isCommission) in governmentDepartments {
            add("市" + name, isCommission ? .commission : .bureau)
        }
        add("市总工会", .massOrganisation)
        add("团市委", .youthLeague)
        for name in ["妇联", "科协", "侨联", "文联", "社科联", "残联", "红十字会", "台联", "贸促会"] {
            add("市" + name, .massOrganisation)
        }
        for name in ["民革市委", "民盟市委", "民建市委", "民进市委", "农工党市委", "致公党市委", "九三学社市委", "台盟市委", "市工商联", "市无党派人士联谊会"] {
            add(name, name.hasPrefix("市") ? .massOrganisation : .democraticParty, .guestOrganisation)
        }
        for (index, place) in places.enumerated() {
            let isDistrict = index < districtCount
            let level = isDistrict ? "区" : "县"
            add(place + level + "委", .partyCommittee)
            add(place + level + "人大常委会", .congress)
            add(place + level + "人民政府", isDistrict ? .districtGovernment : .countyGovernment)
            add(place + level + "政协", .consultative)
            add(place + level + "纪委监委", .discipline)
            add(place + level + "人民法院", .court)
            add(place + level + "人民检察院", .procuratorate)
            for department in localDepartments {
                add(place + level + department, department.hasSuffix("局") ? .bureau : .commission)
            }
        }
        for first in townFirstCharacters {
            for second in townSecondCharacters {
                add(first + second + "镇人民政府", .townGovernment)
            }
        }
        for first in townFirstCharacters.prefix(6) {
            for second in townSecondCharacters.prefix(5) {
                add(first + second + "街道办事处", .subdistrict)
            }
        }
        for number in 1...30 { add("市第" + ChineseOrdinal.text(number) + "中学", .school) }
        for number in 1...20 { add("市第" + ChineseOrdinal.text(number) + "小学", .school) }
        for name in ["市实验中学", "市外国语学校", "市实验小学", "市特殊教育学校", "市职业教育中心", "市卫生学校"] { add(name, .school) }
        for name in ["市城市学院", "市师范学院", "市职业技术学院", "市开放大学"] { add(name, .college) }
        add("市人民医院", .hospital)
        for number in 1...8 { add("市第" + ChineseOrdinal.text(number) + "人民医院", .hospital) }
        for name in ["市中医院", "市妇幼保健院", "市儿童医院", "市口腔医院", "市精神卫生中心", "市传染病医院"] { add(name, .hospital) }
        for name in ["市疾病预防控制中心", "市急救中心", "市血液中心", "市公共资源交易中心", "市住房公积金管理中心", "市档案馆", "市图书馆", "市博物馆", "市气象局", "市地震局"] {
            add(name, name.hasSuffix("局") ? .bureau : .publicInstitution)
        }
        for name in enterpriseNames { add("市" + name + "集团有限公司", .enterprise) }
        for name in ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行"] {
            add(name + "市分行", .bank)
        }
        add("市农村商业银行", .bank)
        for name in ["市融媒体中心", "市日报社", "市广播电视台", "新华社驻市记者站", "省日报社驻市记者站", "市新闻网"] {
            add(name, .media, .media)
        }
        return units
    }

    /// City government departments (name, whether it is a commission rather than a bureau).
    static let governmentDepartments: [(String, Bool)] = [
        ("发展和改革委员会", true), ("教育局", false), ("科学技术局", false), ("工业和信息化局", false),
        ("民族宗教事务委员会", true), ("公安局", false), ("民政局", false), ("司法局", false), ("财政局", false),
        ("人力资源和社会保障局", false), ("自然资源和规划局", false), ("生态环境局", false),
        ("住房和城乡建设局", false), ("交通运输局", false), ("水利局", false), ("农业农村局", false),
        ("商务局", false), ("文化广电旅游局", false), ("卫生健康委员会", true), ("退役军人事务局", false),
        ("应急管理局", false), ("审计局", false), ("国有资产监督管理委员会", true), ("市场监督管理局", false),
        ("统计局", false), ("医疗保障局", false), ("林业局", false), ("城市管理局", false),
        ("行政审批服务局", false), ("信访局", false), ("体育局", false), ("数据局", false),
        ("地方金融管理局", false), ("人民防空办公室", true), ("税务局", false), ("消防救援支队", false),
    ]

    /// District and county departments made for every place.
    static let localDepartments = [
        "教育局", "财政局", "卫生健康局", "公安分局", "发展和改革局", "住房和城乡建设局", "农业农村局", "市场监督管理局",
    ]

    /// The first character of town names.
    static let townFirstCharacters = ["东", "西", "南", "北", "新", "青", "白", "金", "石", "清", "长", "永"]
    /// The second character of town names.
    static let townSecondCharacters = ["桥", "湖", "山", "河", "塘", "坪", "岭", "口", "庄", "湾"]

    /// City-owned enterprise groups.
    static let enterpriseNames = [
        "城市建设投资", "交通投资", "水务", "燃气", "公共交通", "轨道交通", "文化旅游", "国有资本运营",
        "农业发展", "产业投资", "港务", "能源", "供销", "粮食", "医药", "钢铁", "纺织", "电子信息",
        "化工", "建工", "商贸", "物流",
    ]
}

/// Chinese ordinal numbers as written in unit names (一, 十二, 二十, …) for 1…99.
enum ChineseOrdinal {
    static let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func text(_ number: Int) -> String {
        precondition((1...99).contains(number), "ordinal out of range")
        let tens = number / 10
        let ones = number % 10
        let tensText = tens == 0 ? "" : (tens == 1 ? "" : digits[tens]) + "十"
        return tensText + digits[ones]
    }
}
