import Foundation
import Grouping
import SeatPlanCore
import Testing

@Suite("Reading MDGPLIB files")
struct MDGPInstanceReadingTests {
    @Test("A fixture reads with its header, bounds and values", arguments: Fixtures.small)
    func readsFixture(name: String) throws {
        let url = try Fixtures.url(name)
        let instance = try MDGPInstance.read(contentsOf: url)
        let reference = try ReferenceInstance(contentsOf: url)
        #expect(instance.name == name)
        #expect(instance.problem.elementCount == reference.count)
        #expect(instance.problem.groupSizes == reference.bounds)
        for (i, j, d) in reference.pairs {
            #expect(instance.problem.diversity[i, j] == d)
            #expect(instance.problem.diversity[j, i] == d)
        }
        #expect(instance.problem.diversity[3, 3] == 0)
    }

    @Test("Windows line endings and a trailing blank line are accepted")
    func crlf() throws {
        let url = try Fixtures.write("3 1 ds 3 3\r\n0 1 1.5\r\n0 2 2\r\n1 2 -4\r\n\r\n", named: "crlf.txt")
        let problem = try MDGPInstance.read(contentsOf: url).problem
        #expect(problem.elementCount == 3)
        #expect(problem.diversity[1, 2] == -4)
        #expect(problem.objective(of: [0, 0, 0]) == -0.5)
    }

    /// A file and the error it must give: line, field and a phrase of the message.
    struct BadFile: CustomTestStringConvertible, Sendable {
        let label: String
        let text: String
        let line: Int?
        let field: String?
        let phrase: String
        var testDescription: String { label }
    }

    static let badFiles: [BadFile] = [
        BadFile(label: "empty file", text: "", line: 1, field: nil, phrase: "empty"),
        BadFile(label: "n not a number", text: "x 2 ss 2 2 2 2\n", line: 1, field: "n", phrase: "'x'"),
        BadFile(label: "G above n", text: "3 4 ss 1 1 1 1 1 1 1 1\n", line: 1, field: "G", phrase: "between 1 and n"),
        BadFile(label: "unknown type", text: "4 2 xs 2 2 2 2\n", line: 1, field: "type", phrase: "'xs'"),
        BadFile(label: "too few bounds", text: "4 2 ss 2 2 2\n", line: 1, field: "type", phrase: "need 4"),
        BadFile(
            label: "upper below lower", text: "4 2 ds 2 1 2 3\n0 1 1\n", line: 1, field: "b_1",
            phrase: "≥ the lower bound 2"),
        BadFile(
            label: "ss with different sizes", text: "4 2 ss 1 3 1 3\n", line: 1, field: "a_1", phrase: "same fixed size"
        ),
        BadFile(label: "sizes cannot hold n", text: "5 2 ss 2 2 2 2\n", line: 1, field: "n", phrase: "cannot fill"),
        BadFile(
            label: "pair line with two values", text: "3 1 ds 3 3\n0 1 1\n0 2\n1 2 1\n", line: 3, field: nil,
            phrase: "3 values"),
        BadFile(
            label: "index out of range", text: "3 1 ds 3 3\n0 1 1\n0 3 1\n1 2 1\n", line: 3, field: "j",
            phrase: "between 0 and 2"),
        BadFile(
            label: "pair of one element", text: "3 1 ds 3 3\n0 1 1\n2 2 1\n1 2 1\n", line: 3, field: "j",
            phrase: "two different"),
        BadFile(
            label: "value not a number", text: "3 1 ds 3 3\n0 1 1\n0 2 abc\n1 2 1\n", line: 3, field: "d_ij",
            phrase: "'abc'"),
        BadFile(
            label: "infinite value", text: "3 1 ds 3 3\n0 1 1\n0 2 inf\n1 2 1\n", line: 3, field: "d_ij",
            phrase: "finite"),
        BadFile(
            label: "pair given twice", text: "3 1 ds 3 3\n0 1 1\n1 0 2\n1 2 1\n", line: 3, field: nil,
            phrase: "second time"),
        BadFile(
            label: "pair missing", text: "3 1 ds 3 3\n0 1 1\n1 2 1\n", line: 3, field: nil,
            phrase: "first missing pair is 0 2"),
        BadFile(
            label: "one line too many", text: "3 1 ds 3 3\n0 1 1\n0 2 1\n1 2 1\n1 2 1\n", line: 5, field: nil,
            phrase: "too many"),
    ]

    @Test("A malformed file names the file, the line and the field", arguments: badFiles)
    func malformed(_ bad: BadFile) throws {
        let url = try Fixtures.write(bad.text, named: "bad.txt")
        let error = try #require(throws: InputError.self) { try MDGPInstance.read(contentsOf: url) }
        #expect(error.file == url.relativePath)
        #expect(error.line == bad.line, "\(error)")
        #expect(error.field == bad.field, "\(error)")
        #expect(error.message.contains(bad.phrase), "\(error)")
        #expect(error.description.hasPrefix(url.relativePath + (bad.line.map { ":\($0)" } ?? "")))
    }

    @Test("A missing file is an input error naming it")
    func missingFile() throws {
        let url = URL(fileURLWithPath: "/nonexistent/instance.txt")
        let error = try #require(throws: InputError.self) { try MDGPInstance.read(contentsOf: url) }
        #expect(error.file == "/nonexistent/instance.txt")
        #expect(error.message.contains("No such file"), "\(error)")
    }
}
