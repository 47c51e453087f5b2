import SeatPlanCore

/// Personal names drawn from common Chinese surnames (with a few compound ones such as 欧阳 and
/// 司马) and given-name characters that lean male, female or neither.
enum ChineseNames {
    /// Common surnames with rough relative frequencies (per cent of the population).
    static let surnames: [(String, Double)] = [
        ("王", 7.1), ("李", 7.0), ("张", 6.7), ("刘", 5.4), ("陈", 4.6), ("杨", 3.1), ("黄", 2.2),
        ("赵", 2.0), ("吴", 2.0), ("周", 1.9), ("徐", 1.5), ("孙", 1.5), ("马", 1.4), ("朱", 1.3),
        ("胡", 1.3), ("郭", 1.2), ("何", 1.1), ("高", 1.0), ("林", 1.0), ("罗", 0.9), ("郑", 0.9),
        ("梁", 0.8), ("谢", 0.8), ("宋", 0.7), ("唐", 0.7), ("许", 0.7), ("韩", 0.6), ("冯", 0.6),
        ("邓", 0.6), ("曹", 0.6), ("彭", 0.6), ("曾", 0.5), ("肖", 0.5), ("田", 0.5), ("董", 0.5),
        ("袁", 0.5), ("潘", 0.5), ("于", 0.5), ("蒋", 0.5), ("蔡", 0.5), ("余", 0.5), ("杜", 0.4),
        ("叶", 0.4), ("程", 0.4), ("苏", 0.4), ("魏", 0.4), ("吕", 0.4), ("丁", 0.4), ("任", 0.4),
        ("沈", 0.4), ("姚", 0.4), ("卢", 0.4), ("姜", 0.4), ("崔", 0.3), ("钟", 0.3), ("谭", 0.3),
        ("陆", 0.3), ("汪", 0.3), ("范", 0.3), ("金", 0.3), ("石", 0.3), ("廖", 0.3), ("贾", 0.3),
        ("夏", 0.3), ("韦", 0.3), ("付", 0.3), ("方", 0.3), ("白", 0.3), ("邹", 0.3), ("孟", 0.3),
        ("熊", 0.3), ("秦", 0.3), ("邱", 0.3), ("江", 0.3), ("尹", 0.2), ("薛", 0.2), ("闫", 0.2),
        ("段", 0.2), ("雷", 0.2), ("侯", 0.2), ("龙", 0.2), ("史", 0.2), ("陶", 0.2), ("黎", 0.2),
        ("贺", 0.2), ("顾", 0.2), ("毛", 0.2), ("郝", 0.2), ("龚", 0.2), ("邵", 0.2), ("万", 0.2),
        ("钱", 0.2), ("严", 0.2), ("覃", 0.2), ("武", 0.2), ("戴", 0.2), ("莫", 0.2), ("孔", 0.2),
        ("向", 0.2), ("汤", 0.2),
        ("欧阳", 0.05), ("司马", 0.02), ("上官", 0.02), ("诸葛", 0.02), ("东方", 0.01),
        ("皇甫", 0.01), ("公孙", 0.01), ("慕容", 0.01), ("令狐", 0.01), ("夏侯", 0.01), ("司徒", 0.01),
    ]

    /// Given-name characters common for men.
    static let maleCharacters = Array("伟强军勇杰涛斌明刚磊超鹏辉峰浩波俊健宇凯鑫亮国栋宏毅松飞彬龙成剑锋")
    /// Given-name characters common for women.
    static let femaleCharacters = Array("芳丽婷静敏燕红霞玉兰娟秀英娜倩琳雪莉梅洁慧颖佳璐薇萍淑琴晶")
    /// Given-name characters used for anyone.
    static let neutralCharacters = Array("文华平建海林志晓春东德永新光振天思嘉子晨安宁欣卫立云")

    /// The share of given names that are a single character (so some names are two
    /// characters long and exercise U+3000 padding on seat cards).
    static let singleCharacterShare = 0.22

    private static let surnameTable = CumulativeTable(surnames)

    /// Draws a full name (surname + given name, 2–4 characters).
    static func draw(gender: Gender, using draws: inout Draws) -> String {
        let surname = surnameTable.draw(using: &draws)
        let leaning = gender == .male ? maleCharacters : femaleCharacters
        var given = ""
        let length = draws.chance(singleCharacterShare) ? 1 : 2
        for _ in 0..<length {
            given.append(draws.chance(0.6) ? draws.pick(leaning) : draws.pick(neutralCharacters))
        }
        return surname + given
    }
}

/// Draws strings with probability proportional to their weights.
struct CumulativeTable {
    private let values: [String]
    private let bounds: [Double]

    init(_ weighted: [(String, Double)]) {
        values = weighted.map(\.0)
        var running = 0.0
        bounds = weighted.map {
            running += $0.1
            return running
        }
    }

    /// One value, by binary search on the running totals.
    func draw(using draws: inout Draws) -> String {
        let target = draws.unit() * (bounds.last ?? 0)
        var low = 0
        var high = bounds.count - 1
        while low < high {
            let middle = (low + high) / 2
            if bounds[middle] > target { high = middle } else { low = middle + 1 }
        }
        return values[low]
    }
}
