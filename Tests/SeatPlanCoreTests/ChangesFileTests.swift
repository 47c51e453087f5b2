import Foundation
import SeatPlanCore
import Testing

@Suite("Changes files")
struct ChangesFileTests {
    static let expected: [ChangeOperation] = [
        .cancel(attendee: "A0123"),
        .add(
            Attendee(
                id: "A9001", name: "王小明", unit: "财政局", unitOrder: 12, precedence: 40, role: .member)),
        .substitute(attendee: "A0456", by: Substitute(id: "A9002", name: "李华", title: "副局长", precedence: 57)),
        .blockSeat(seat: "h1-3-15"),
        .pin(attendee: "A0789", seat: "h1-3-17"),
        .setRole(attendee: "A0790", role: .rostrum, precedence: 6),
    ]

    static let yaml = """
        - {op: cancel, attendee: "A0123"}
        - {op: add, attendee: {id: "A9001", name: "王小明", unit: "财政局", unit_order: 12, precedence: 40, role: member}}
        - {op: substitute, attendee: "A0456", by: {id: "A9002", name: "李华", title: "副局长", precedence: 57}}
        - {op: block_seat, seat: "h1-3-15"}
        - {op: pin, attendee: "A0789", seat: "h1-3-17"}
        - {op: set_role, attendee: "A0790", role: rostrum, precedence: 6}
        """

    /// The same changes as JSON, with one name written as \\u escapes.
    static let json = """
        [
          {"op": "cancel", "attendee": "A0123"},
          {"op": "add", "attendee": {"id": "A9001", "name": "\\u738b\\u5c0f\\u660e", "unit": "财政局", \
        "unit_order": 12, "precedence": 40, "role": "member"}},
          {"op": "substitute", "attendee": "A0456", "by": {"id": "A9002", "name": "李华", "title": "副局长", \
        "precedence": 57}},
          {"op": "block_seat", "seat": "h1-3-15"},
          {"op": "pin", "attendee": "A0789", "seat": "h1-3-17"},
          {"op": "set_role", "attendee": "A0790", "role": "rostrum", "precedence": 6}
        ]
        """

    @Test("Each operation is read from YAML with its position and line")
    func yamlOperations() throws {
        let operations = try ChangesFile.parse(Self.yaml, file: "changes.yaml")
        #expect(operations.map(\.unlocated) == Self.expected)
        #expect(operations.map(\.source) == (1...6).map { ChangeSource(position: $0, line: $0) })
        #expect(operations.map(\.name) == ChangeOperation.names)
    }

    @Test("Each operation is read from JSON, UTF-8 and escapes alike")
    func jsonOperations() throws {
        let operations = try ChangesFile.parse(Self.json, file: "changes.json")
        #expect(operations.map(\.unlocated) == Self.expected)
        #expect(operations.map(\.source.line) == [2, 3, 4, 5, 6, 7])
    }

    @Test("Files are read from disk, YAML and JSON")
    func readFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("changes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in [("changes.yaml", Self.yaml), ("changes.json", Self.json)] {
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            #expect(try ChangesFile.read(contentsOf: url).map(\.unlocated) == Self.expected)
        }
    }

    @Test("Block style, optional fields and explicit nulls")
    func blockStyle() throws {
        let text = """
            # late changes, 8:40
            - op: add
              attendee:
                id: A9003
                name: 陈　红
                unit: 教育局
                unit_order: 15
                precedence: 70
                role: nonvoting
                title: 处长
                gender: 女
                tags: [accessible]

            - op: substitute
              attendee: A0456
              by: {id: A9004, name: 刘　强, title: null}
            - {op: set_role, attendee: A0790, role: guest}
            - []
            """
        let error = #expect(throws: InputError.self) { try ChangesFile.parse(text, file: "c.yaml") }
        #expect(error?.line == 18)
        let operations = try ChangesFile.parse(text.replacingOccurrences(of: "\n- []", with: ""), file: "c.yaml")
        #expect(
            operations.map(\.source) == [
                ChangeSource(position: 1, line: 2), ChangeSource(position: 2, line: 14),
                ChangeSource(position: 3, line: 17),
            ])
        #expect(
            operations.map(\.unlocated) == [
                .add(
                    Attendee(
                        id: "A9003", name: "陈　红", unit: "教育局", unitOrder: 15, precedence: 70, role: .nonvoting,
                        title: "处长", gender: .female, tags: ["accessible"])),
                .substitute(attendee: "A0456", by: Substitute(id: "A9004", name: "刘　强")),
                .setRole(attendee: "A0790", role: .guest, precedence: nil),
            ])
    }

    @Test("An empty list is no change")
    func emptyList() throws {
        #expect(try ChangesFile.parse("[]", file: "c.json").isEmpty)
    }

    @Test(
        "Mistakes name the file, line and field",
        arguments: [
            ("- {op: cancle, attendee: A1}", 1, "[1].op", "did you mean 'cancel'"),
            ("- {op: move, attendee: A1}", 1, "[1].op", "cancel, add, substitute, block_seat, pin, set_role"),
            ("- {op: cancel, attendee: A1}\n- {attendee: A2}", 2, "[2].op", "is missing"),
            ("- {op: cancel, attendee: A1}\n- {op: cancel, atendee: A2}", 2, "[2].atendee", "did you mean 'attendee'"),
            ("- {op: cancel, seat: h1-1-1}", 1, "[1].seat", "unknown key 'seat'"),
            ("- {op: cancel}", 1, "[1].attendee", "is missing"),
            ("- {op: pin, attendee: A1}", 1, "[1].seat", "is missing"),
            ("- {op: cancel, attendee: {id: A1}}", 1, "[1].attendee", "not a list or mapping"),
            ("- {op: add, attendee: A1}", 1, "[1].attendee", "must describe the new attendee"),
            (
                "- op: add\n  attendee: {id: A1, name: X, unit: U, unit_order: twelve, precedence: 1, role: member}", 2,
                "[1].attendee.unit_order", "not a whole number"
            ),
            (
                "- op: add\n  attendee: {id: A1, name: X, unit: U, unit_order: 1, role: member}", 2,
                "[1].attendee.precedence", "is missing"
            ),
            (
                "- op: add\n  attendee: {id: A1, name: X, unit: U, unit_order: 1, precedence: 1, role: boss}", 2,
                "[1].attendee.role", "use one of rostrum, member"
            ),
            (
                "- op: add\n  attendee: {id: A1, name: X, unit: U, unit_order: 1, precedence: 1, role: member, gender: "
                    + "x}",
                2,
                "[1].attendee.gender", "not a gender"
            ),
            (
                "- op: add\n  attendee: {id: A1, name: X, unit: U, unit_order: 1, precedence: 1, role: member, post: "
                    + "Y}",
                2,
                "[1].attendee.post", "unknown key"
            ),
            ("- {op: substitute, attendee: A1, by: {id: A2}}", 1, "[1].by.name", "is missing"),
            ("- {op: substitute, attendee: A1, by: A2}", 1, "[1].by", "must describe the substitute"),
            (
                "- {op: substitute, attendee: A1, by: {id: A2, name: X, precedence: -1}}", 1, "[1].by.precedence",
                "out of range"
            ),
            ("- {op: set_role, attendee: A1, role: chair}", 1, "[1].role", "not allowed"),
            (
                "- {op: set_role, attendee: A1, role: member, precedence: first}", 1, "[1].precedence",
                "not a whole number"
            ),
            ("- {op: block_seat, seat: \"h1 1 1\"}", 1, "[1].seat", "no spaces"),
            ("- {op: block_seat, seat: null}", 1, "[1].seat", "must not be empty"),
            ("- {op: cancel, attendee: A1}\n- cancel A2", 2, "[2]", "must be a mapping"),
            ("{op: cancel, attendee: A1}", 1, nil, "must be a list"),
            ("[{\"op\": \"cancel\",\n  \"attendee\": 7,\n  \"extra\": 1}]", 3, "[1].extra", "unknown key"),
        ] as [(String, Int, String?, String)])
    func locatedErrors(text: String, line: Int, field: String?, message: String) throws {
        let error = #expect(throws: InputError.self) { try ChangesFile.parse(text, file: "changes.yaml") }
        #expect(error?.file == "changes.yaml")
        #expect(error?.line == line)
        #expect(error?.field == field)
        #expect(error?.message.contains(message) == true, "message: \(error?.message ?? "none")")
    }

    @Test("Broken YAML or JSON is reported with its line")
    func brokenSyntax() throws {
        let error = #expect(throws: InputError.self) {
            try ChangesFile.parse("[\n  {\"op\": \"cancel\", \"attendee\": \"A1\"},\n  {\"op\": \n", file: "c.json")
        }
        #expect(error?.line != nil)
        #expect(error?.message.contains("YAML") == true)
    }
}
