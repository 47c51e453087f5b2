import Render
import Testing

@Suite struct NameTypographyTests {
    @Test(arguments: [
        ("张三", "张\u{3000}三"),
        ("李明", "李\u{3000}明"),
        (" 刘洋 ", "刘\u{3000}洋"),
    ])
    func twoCharacterHanNamesArePadded(name: String, expected: String) {
        #expect(NameTypography.padded(name) == expected)
    }

    @Test(arguments: [
        "王建国",  // three characters
        "欧阳建国",  // four characters
        "Li",  // non-Han, two letters
        "Ann",
        "张A",  // mixed
        "A张",
        "张",  // one character
        "张\u{3000}三",  // already padded
        "",
    ])
    func otherNamesAreNotPadded(name: String) {
        #expect(NameTypography.padded(name) == name)
    }

    @Test func hanDetectionCoversExtensionsAndRejectsPunctuation() {
        #expect(NameTypography.isHanCharacter("𠀋"))  // Extension B
        #expect(NameTypography.isHanCharacter("㐀"))  // Extension A
        #expect(!NameTypography.isHanCharacter("・"))
        #expect(!NameTypography.isHanCharacter("\u{3000}"))
        #expect(!NameTypography.isHanCharacter("a"))
    }
}
