/// A symmetric matrix of pairwise diversities d(i, j) between `count` elements, with a zero
/// diagonal: the weights that the Maximally Diverse Grouping Problem sums within each group.
///
/// Values may be negative or large: a keep-apart pair can carry a large negative weight and a
/// keep-together pair a large positive one. Both triangles are stored, so that a whole row is
/// contiguous for the search. Up to ``doublePrecisionLimit`` elements the values are kept as
/// `Double` (n² × 8 bytes, 72 MB at the limit); above it as `Float` (n² × 4 bytes: 100 MB for
/// 5,000 elements), so values are then rounded to about 7 significant digits.
public struct DiversityMatrix: Sendable {
    /// The largest element count stored in double precision.
    public static let doublePrecisionLimit = 3_000

    /// The number of elements.
    public let count: Int
    /// The row-major n × n values, in one of the two precisions.
    let storage: Storage
    /// Whether every value is a finite number.
    public let allFinite: Bool
    /// The largest |d(i, j)|, 0 for fewer than two elements.
    public let largestMagnitude: Double

    /// The mean of d(i, j) over the pairs i < j (0 for fewer than two elements).
    public let mean: Double

    /// The values, row-major, in `Double` or `Float`.
    enum Storage: Sendable {
        case double([Double])
        case float([Float])
    }

    /// Builds the matrix by calling `value(i, j)` once for each pair `i < j`.
    ///
    /// - Parameters:
    ///   - count: the number of elements (negative counts are treated as 0).
    ///   - value: the diversity of elements `i` and `j`; called only with `i < j`.
    public init(count: Int, value: (Int, Int) -> Double) {
        let n = max(0, count)
        self.count = n
        var summary = ValueSummary()
        if n <= Self.doublePrecisionLimit {
            storage = .double(Self.fill(n, as: Double.self, value: value, summary: &summary))
        } else {
            storage = .float(Self.fill(n, as: Float.self, value: value, summary: &summary))
        }
        allFinite = summary.finite
        largestMagnitude = summary.largest
        mean = n > 1 ? summary.sum / Double(n * (n - 1) / 2) : 0
    }

    /// What the constructor learns of the values while storing them.
    private struct ValueSummary {
        var finite = true
        var largest = 0.0
        var sum = 0.0
    }

    /// Both triangles of the n × n matrix in precision `T`, from `value(i, j)` for `i < j`.
    private static func fill<T: BinaryFloatingPoint>(
        _ n: Int, as _: T.Type, value: (Int, Int) -> Double, summary: inout ValueSummary
    ) -> [T] {
        var values = [T](repeating: 0, count: n * n)
        values.withUnsafeMutableBufferPointer { buffer in
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let d = value(i, j)
                    let stored = T(d)
                    if !d.isFinite || !stored.isFinite { summary.finite = false }
                    summary.largest = max(summary.largest, abs(d))
                    summary.sum += d
                    buffer[i * n + j] = stored
                    buffer[j * n + i] = stored
                }
            }
        }
        return values
    }

    /// The diversity of elements `i` and `j` (0 when `i == j`).
    public subscript(i: Int, j: Int) -> Double {
        precondition(i >= 0 && i < count && j >= 0 && j < count, "element index out of range")
        switch storage {
        case .double(let values): return values[i * count + j]
        case .float(let values): return Double(values[i * count + j])
        }
    }

    /// Whether the values are stored in double precision.
    public var isDoublePrecision: Bool {
        if case .double = storage { return true }
        return false
    }

    /// The first pair `(i, j)` with `i < j` whose value is not finite, if any.
    func firstNonFinitePair() -> (Int, Int)? {
        guard !allFinite else { return nil }
        for i in 0..<count {
            for j in (i + 1)..<count where !self[i, j].isFinite { return (i, j) }
        }
        return nil
    }
}
