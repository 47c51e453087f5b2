import Foundation
import SeatPlanCore
import Testing

@testable import RosterGenerator

@Suite struct NameTests {
    private static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1
            && character.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test func namesAreTwoToFourHanCharacters() {
        let names = GeneratedRosters.greatHallFull.attendees.map(\.name)
        #expect(names.allSatisfy { (2...4).contains($0.count) && $0.allSatisfy(Self.isHan) })
        #expect(names.contains { $0.count == 2 })
        #expect(names.contains { $0.count == 3 })
        #expect(names.contains { $0.hasPrefix("欧阳") || $0.hasPrefix("司马") || $0.hasPrefix("上官") || $0.hasPrefix("诸葛") })
    }

    @Test func unitCatalogueHasEnoughDistinctNames() {
        let names = UnitCatalog.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.count(where: { _ in true }) >= 900)
        #expect(names.contains("市财政局"))
        #expect(names.contains("市发展和改革委员会"))
        #expect(names.contains("市第一中学"))
        #expect(names.contains("市人民医院"))
        #expect(names.contains { $0.hasSuffix("区人民政府") })
        #expect(names.contains { $0.hasSuffix("县委") })
    }

    @Test func unitNamesAndTitlesAreChinese() {
        let attendees = GeneratedRosters.greatHallFull.attendees
        #expect(attendees.allSatisfy { !$0.unit.isEmpty && !$0.title.isEmpty })
        #expect(attendees.allSatisfy { $0.title.allSatisfy { Self.isHan($0) || $0 == "、" } })
    }

    @Test func ordinalsAreWrittenInChinese() {
        #expect(ChineseOrdinal.text(1) == "一")
        #expect(ChineseOrdinal.text(10) == "十")
        #expect(ChineseOrdinal.text(12) == "十二")
        #expect(ChineseOrdinal.text(20) == "二十")
        #expect(ChineseOrdinal.text(30) == "三十")
    }
}
