/// "Did you mean …?" for a mistyped key, attendee id or seat id: the candidate nearest to it.
public enum SpellingSuggestion {
    /// The candidate nearest to `text` by edit distance, if it is at most 2 away. Ties go to the
    /// alphabetically first candidate, so the hint never depends on the order a dictionary
    /// happened to list its keys in.
    public static func closest(to text: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(Array(text), Array($0))) }.filter { $0.1 <= 2 }
        return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// Levenshtein distance: insertions, deletions and substitutions of one character each.
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1]
            for (j, right) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
