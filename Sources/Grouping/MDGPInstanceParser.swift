import Foundation
import SeatPlanCore

/// Reads the MDGPLIB text format strictly, reporting the first problem with its line and field.
struct MDGPInstanceParser {
    /// The file name used in errors.
    let file: String
    /// The largest instance accepted (its matrix takes n² × 4 bytes or more).
    static let maximumCount = 10_000

    /// The header's contents.
    private struct Header {
        let count: Int
        let groupSizes: [ClosedRange<Int>]
        let line: Int
    }

    /// Parses a whole file.
    func parse(_ data: Data) throws(InputError) -> GroupingProblem {
        let lines = Self.lines(of: data)
        guard let headerIndex = lines.firstIndex(where: { !$0.fields.isEmpty }) else {
            throw InputError(
                file: file, line: 1, "the file is empty; expected the header 'n G ss|ds a_1 b_1 … a_G b_G'")
        }
        let header = try parseHeader(lines[headerIndex])
        let n = header.count
        let pairCount = n * (n - 1) / 2
        let pairLines = ArraySlice(lines[(headerIndex + 1)...].filter { !$0.fields.isEmpty })
        let lastLine = pairLines.last?.number ?? header.line
        if pairLines.count < pairCount {
            // Name the first missing pair when the lines present are otherwise valid.
            let triangle = try readPairs(pairLines, count: n)
            let missing = Self.firstMissingPair(triangle, count: n)
            let pair = missing.map { " (the first missing pair is \($0.0) \($0.1))" } ?? ""
            throw InputError(
                file: file, line: lastLine,
                "the file ends after \(pairLines.count) pair lines, but n = \(n) needs \(pairCount)\(pair)")
        }
        if pairLines.count > pairCount {
            let extra = pairLines[pairLines.startIndex + pairCount]
            _ = try readPairs(pairLines[..<(pairLines.startIndex + pairCount)], count: n)
            throw InputError(
                file: file, line: extra.number,
                "one line too many: n = \(n) needs exactly \(pairCount) pair lines, one per pair i < j")
        }
        let triangle = try readPairs(pairLines, count: n)
        let matrix = DiversityMatrix(count: n) { i, j in triangle[Self.packedIndex(i, j, count: n)] }
        do throws(GroupingProblemError) {
            return try GroupingProblem(diversity: matrix, groupSizes: header.groupSizes)
        } catch {
            throw InputError(file: file, line: header.line, error.description)
        }
    }

    // MARK: Header

    private func parseHeader(_ line: Line) throws(InputError) -> Header {
        let fields = line.fields
        func fail(_ field: String, _ message: String) -> InputError {
            InputError(file: file, line: line.number, field: field, message)
        }
        guard fields.count >= 3 else {
            throw fail(
                fields.count < 1 ? "n" : fields.count < 2 ? "G" : "type",
                "the header needs 'n G ss|ds' followed by a lower and an upper size bound per group")
        }
        guard let n = Int(fields[0]), n >= 1 else {
            throw fail("n", "'\(fields[0])' is not a positive whole number of elements")
        }
        guard n <= Self.maximumCount else {
            throw fail("n", "\(n) elements is more than the \(Self.maximumCount) this reader accepts")
        }
        guard let g = Int(fields[1]), g >= 1, g <= n else {
            throw fail("G", "'\(fields[1])' is not a number of groups between 1 and n = \(n)")
        }
        let type = fields[2]
        guard type == "ss" || type == "ds" else {
            throw fail("type", "'\(type)' is not 'ss' (same sizes) or 'ds' (different sizes)")
        }
        guard fields.count == 3 + 2 * g else {
            throw fail(
                "type",
                "the header has \(fields.count - 3) size bounds after the type, but G = \(g) groups need \(2 * g) (a "
                    + "lower and an upper bound each)"
            )
        }
        var sizes: [ClosedRange<Int>] = []
        for group in 0..<g {
            let lowerText = fields[3 + 2 * group]
            let upperText = fields[4 + 2 * group]
            guard let lower = Int(lowerText), lower >= 1 else {
                throw fail(
                    "a_\(group + 1)",
                    "'\(lowerText)' is not a positive whole number (the lower size bound of group \(group + 1))")
            }
            guard let upper = Int(upperText), upper >= lower else {
                throw fail(
                    "b_\(group + 1)",
                    "'\(upperText)' is not a whole number ≥ the lower bound \(lower) of group \(group + 1)")
            }
            sizes.append(lower...upper)
        }
        if type == "ss", let first = sizes.first,
            let group = sizes.firstIndex(where: { $0 != first || $0.lowerBound != $0.upperBound })
        {
            throw fail(
                "a_\(group + 1)",
                "type 'ss' needs every group to have the same fixed size, but group \(group + 1) has "
                    + "\(sizes[group].lowerBound)...\(sizes[group].upperBound)"
            )
        }
        let minimum = sizes.reduce(0) { $0 + $1.lowerBound }
        let maximum = sizes.reduce(0) { $0 + $1.upperBound }
        guard minimum <= n, n <= maximum else {
            throw fail("n", "\(n) elements cannot fill groups whose size bounds add up to \(minimum)...\(maximum)")
        }
        return Header(count: n, groupSizes: sizes, line: line.number)
    }

    // MARK: Pairs

    /// Fills the packed upper triangle (NaN = not given) from the pair lines.
    private func readPairs(_ lines: ArraySlice<Line>, count n: Int) throws(InputError) -> [Double] {
        var triangle = [Double](repeating: .nan, count: n * (n - 1) / 2)
        for line in lines {
            let fields = line.fields
            guard fields.count == 3 else {
                throw InputError(file: file, line: line.number, "expected 'i j d_ij' (3 values), found \(fields.count)")
            }
            guard let i = Int(fields[0]), (0..<n).contains(i) else {
                throw InputError(
                    file: file, line: line.number, field: "i",
                    "'\(fields[0])' is not an element index between 0 and \(n - 1)")
            }
            guard let j = Int(fields[1]), (0..<n).contains(j) else {
                throw InputError(
                    file: file, line: line.number, field: "j",
                    "'\(fields[1])' is not an element index between 0 and \(n - 1)")
            }
            guard i != j else {
                throw InputError(
                    file: file, line: line.number, field: "j", "a pair needs two different elements, not \(i) and \(j)")
            }
            guard let d = Double(fields[2]), d.isFinite else {
                throw InputError(file: file, line: line.number, field: "d_ij", "'\(fields[2])' is not a finite number")
            }
            let index = Self.packedIndex(min(i, j), max(i, j), count: n)
            guard triangle[index].isNaN else {
                throw InputError(
                    file: file, line: line.number, "the pair \(min(i, j)) \(max(i, j)) is given a second time")
            }
            triangle[index] = d
        }
        return triangle
    }

    /// The position of pair `i < j` in the packed upper triangle.
    static func packedIndex(_ i: Int, _ j: Int, count n: Int) -> Int {
        i * (2 * n - i - 1) / 2 + (j - i - 1)
    }

    private static func firstMissingPair(_ triangle: [Double], count n: Int) -> (Int, Int)? {
        for i in 0..<n {
            for j in (i + 1)..<n where triangle[packedIndex(i, j, count: n)].isNaN { return (i, j) }
        }
        return nil
    }

    // MARK: Lines

    /// One line of the file: its 1-based number and its whitespace-separated fields.
    struct Line {
        let number: Int
        let fields: [Substring]
    }

    /// Splits the file into lines (LF or CRLF) and fields (spaces or tabs).
    static func lines(of data: Data) -> [Line] {
        // Without carriage returns, "\r\n" cannot form one Character that hides the newline.
        let text = String(decoding: data.filter { $0 != UInt8(ascii: "\r") }, as: UTF8.self)
        var lines: [Line] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let fields = raw.split(whereSeparator: { $0 == " " || $0 == "\t" })
            lines.append(Line(number: number, fields: fields))
        }
        return lines
    }
}
