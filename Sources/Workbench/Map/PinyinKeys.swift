import Foundation
import Synchronization

/// Search keys for Chinese names: full pinyin without tones (`zhangsanfeng`) and the initials of
/// its syllables (`zsf`), so that staff find 张三丰 by typing `zsf`.
///
/// Readings come from ICU's Han-Latin transliteration, one character at a time and remembered
/// for the life of the process: a meeting's 5,300 names hold only a thousand or so distinct
/// characters, and ICU costs far more per call than per character. A name's first character is
/// read as a surname (曾 zeng, 单 shan); the others with their common reading.
enum PinyinKeys {
    /// The search keys of a name.
    struct Keys: Sendable, Equatable {
        let pinyin: String
        let initials: String
    }

    private static let surnames = Readings(transform: "Han-Latin/Names; Latin-ASCII; Lower")
    private static let givenNames = Readings(transform: "Han-Latin; Latin-ASCII; Lower")

    /// The keys of every name, in order.
    static func keys(for names: [String]) -> [Keys] {
        surnames.learn(names.compactMap(\.first))
        givenNames.learn(names.flatMap { $0.dropFirst() })
        return names.map { name in
            var syllables: [String] = []
            for (index, character) in name.enumerated() {
                let reading = (index == 0 ? surnames : givenNames).reading(of: character)
                syllables += reading.split { !$0.isLetter && !$0.isNumber }.map(String.init)
            }
            return Keys(pinyin: syllables.joined(), initials: String(syllables.compactMap(\.first)))
        }
    }

    /// The readings of single characters under one transform, learnt in batches.
    private final class Readings: Sendable {
        private let transform: StringTransform
        private let known = Mutex<[Character: String]>([:])

        init(transform: String) {
            self.transform = StringTransform(transform)
        }

        /// Reads every character not read before, in one call to ICU.
        func learn(_ characters: some Sequence<Character>) {
            let unknown = known.withLock { known in Set(characters.filter { known[$0] == nil && $0 != "\n" }) }
            guard !unknown.isEmpty else { return }
            let batch = Array(unknown)
            let joined = batch.map(String.init).joined(separator: "\n")
            let latin = joined.applyingTransform(transform, reverse: false) ?? joined.lowercased()
            var lines = latin.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.count != batch.count { lines = batch.map { String($0).lowercased() } }
            known.withLock { known in
                for (character, reading) in zip(batch, lines) { known[character] = reading }
            }
        }

        /// The reading of a character learnt before (or the character itself, lowercased).
        func reading(of character: Character) -> String {
            known.withLock { $0[character] } ?? String(character).lowercased()
        }
    }
}
