import Foundation
import SeatPlanCore
import SeededRandom
import Testing

/// The roster reader trims fields without Foundation; it must trim exactly as Foundation does.
@Suite("Trimming white space")
struct StringTrimmingTests {
    @Test("Trims what trimmingCharacters(in: .whitespacesAndNewlines) trims, and nothing else")
    func sameAsFoundation() {
        let pieces = [
            "", " ", "\t", "\n", "\r\n", "\u{3000}", "\u{00A0}", "\u{2028}", "\u{0085}", "\u{200B}", "\u{FEFF}", "a",
            "张三", "e\u{0301}", "\u{0301}", "财政局 ", "x y",
        ]
        var generator = SeededGenerator(seed: 7)
        var texts = pieces
        for _ in 0..<3_000 {
            let count = Int(generator.next() % 5)
            texts.append((0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for text in texts {
            #expect(
                text.trimmingWhitespace.unicodeScalars.elementsEqual(
                    text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars),
                "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
