/// Chinese numerals as used on printed charts (第一排, 第十二排).
public enum ChineseNumerals {
    private static let digits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// `number` in Chinese numerals for 1…99 (一, 十, 十二, 二十, 二十一); other numbers in
    /// Arabic digits.
    public static func text(_ number: Int) -> String {
        switch number {
        case 1...9: return String(digits[number])
        case 10...99:
            let tens = number / 10
            let units = number % 10
            let tensText = tens == 1 ? "十" : "\(digits[tens])十"
            return units == 0 ? tensText : tensText + String(digits[units])
        default: return String(number)
        }
    }

    /// "一楼" for floor 1.
    public static func floorName(_ floor: Int) -> String { "\(text(floor))楼" }

    /// "第一排" for row 1.
    public static func rowLabel(_ row: Int) -> String { "第\(text(row))排" }
}
