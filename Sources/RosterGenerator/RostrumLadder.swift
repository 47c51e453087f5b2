/// The city's leaders in protocol order, as they are seated on a rostrum: each entry is a title
/// and the leading organ (an index into `UnitCatalog.leadership`) the person belongs to.
///
/// A rostrum larger than this list continues with the heads of other units in official order.
enum RostrumLadder {
    /// One leader's title and organ.
    struct Entry: Sendable {
        let title: String
        let organ: Int
    }

    // Organs, by position in `UnitCatalog.leadership`.
    private static let party = 0, congress = 1, government = 2, consultative = 3, discipline = 4
    private static let organisation = 5, publicity = 6, unitedFront = 7, politicsLaw = 8, military = 9
    private static let court = 10, procuratorate = 11

    /// The leaders, most senior first.
    static let entries: [Entry] = {
        var entries: [Entry] = [
            Entry(title: "市委书记", organ: party),
            Entry(title: "市委副书记、市长", organ: government),
            Entry(title: "市人大常委会主任", organ: congress),
            Entry(title: "市政协主席", organ: consultative),
            Entry(title: "市委副书记", organ: party),
            Entry(title: "市委常委、常务副市长", organ: government),
            Entry(title: "市委常委、市纪委书记、市监委主任", organ: discipline),
            Entry(title: "市委常委、组织部部长", organ: organisation),
            Entry(title: "市委常委、宣传部部长", organ: publicity),
            Entry(title: "市委常委、政法委书记", organ: politicsLaw),
            Entry(title: "市委常委、统战部部长", organ: unitedFront),
            Entry(title: "市委常委、秘书长", organ: party),
            Entry(title: "市委常委、军分区司令员", organ: military),
            Entry(title: "市委常委、副市长", organ: government),
        ]
        entries += Array(repeating: Entry(title: "市人大常委会副主任", organ: congress), count: 5)
        entries += Array(repeating: Entry(title: "副市长", organ: government), count: 6)
        entries += Array(repeating: Entry(title: "市政协副主席", organ: consultative), count: 6)
        entries += [
            Entry(title: "市中级人民法院院长", organ: court),
            Entry(title: "市人民检察院检察长", organ: procuratorate),
            Entry(title: "市人大常委会秘书长", organ: congress),
            Entry(title: "市人民政府秘书长", organ: government),
            Entry(title: "市政协秘书长", organ: consultative),
        ]
        return entries
    }()
}
