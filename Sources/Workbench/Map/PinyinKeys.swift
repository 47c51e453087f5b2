import Foundation

/// Search keys for Chinese names: full pinyin without tones (`zhangsanfeng`) and the initials of
/// its syllables (`zsf`), so that staff find 张三丰 by typing `zsf`. Uses ICU's Han-Latin
/// transliteration with the surname readings (曾 zeng, 单 shan).
enum PinyinKeys {
    /// The search keys of a name.
    struct Keys: Sendable, Equatable {
        let pinyin: String
        let initials: String
    }

    private static let transform = StringTransform("Han-Latin/Names; Latin-ASCII; Lower")

    /// The keys of every name, in order. All names go through ICU in one call: a transliterator
    /// costs far more to set up than to run.
    static func keys(for names: [String]) -> [Keys] {
        guard !names.isEmpty else { return [] }
        let cleaned = names.map { $0.replacingOccurrences(of: "\n", with: " ") }
        let joined = cleaned.joined(separator: "\n")
        let latin = joined.applyingTransform(transform, reverse: false) ?? joined.lowercased()
        var lines = latin.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.count != names.count { lines = cleaned.map { $0.lowercased() } }
        return lines.map(keys(ofLatin:))
    }

    private static func keys(ofLatin text: String) -> Keys {
        let syllables = text.split { !$0.isLetter && !$0.isNumber }
        return Keys(
            pinyin: syllables.joined(),
            initials: String(syllables.compactMap(\.first)))
    }
}
