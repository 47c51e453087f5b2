import ArgumentParser
import ExchangeBridge
import Foundation

/// `seatplan push --db FILE --plan PLAN.json [--documents DIR]`.
struct PushCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Store a plan as a new version with its documents and queue one seat notice per unit.",
        discussion: """
            Every PDF in --documents DIR is attached, its kind taken from the file name \
            (chart.pdf → chart). Everything is one transaction: after a crash nothing is half \
            stored, and pushing again completes the work. Pushing the same plan twice creates \
            nothing new.

            For crash tests only: SEATPLAN_TEST_PUSH_DELAY_MS=N holds the transaction open N ms \
            just before it commits.
            """)

    @OptionGroup var location: StoreLocation

    @Option(name: .long, help: ArgumentHelp("The plan to store.", valueName: "PLAN.json"))
    var plan: String

    @Option(name: .long, help: ArgumentHelp("A folder of rendered PDFs to attach.", valueName: "DIR"))
    var documents: String?

    func run() async throws {
        let json = try CommandFiles.read(URL(fileURLWithPath: plan))
        let attached = try documents.map { try Self.readDocuments(in: $0) } ?? []
        let (store, meeting) = try await location.openMeeting(as: "push")
        let result = try await store.push(
            planJSON: json, fileName: URL(fileURLWithPath: plan).lastPathComponent, documents: attached,
            meeting: meeting.id, beforeCommit: Self.testDelay())
        let info = result.plan.info
        print(
            "plan version \(info.version) \(result.plan.isNew ? "stored" : "already stored") for meeting "
                + "'\(meeting.name)': \(StoreText.count(info.seatedCount)) seated, \(info.unseatedCount) unseated")
        let kinds = result.documents.map(\.kind.rawValue).joined(separator: ", ")
        print(
            "documents: \(result.newDocumentCount) attached, \(result.documents.count - result.newDocumentCount) "
                + "already stored" + (kinds.isEmpty ? "" : " (\(kinds))"))
        print("seat notices: \(result.noticesQueued) queued, \(result.noticesAlreadyQueued) already queued")
        if !result.unknownUnits.isEmpty {
            print("not units of the meeting (no notice): " + result.unknownUnits.joined(separator: ", "))
        }
    }

    /// The PDFs of `folder` by file name, each of the kind its name gives (`chart.pdf` → `chart`).
    static func readDocuments(in folder: String) throws -> [NewDocument] {
        let url = URL(fileURLWithPath: folder)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw CommandFailure("read folder", path: folder, error: error)
        }
        return try names.filter { $0.lowercased().hasSuffix(".pdf") && !$0.hasPrefix(".") }.sorted().map {
            name throws in
            let file = url.appendingPathComponent(name)
            return NewDocument(
                kind: DocumentKind(rawValue: file.deletingPathExtension().lastPathComponent), fileName: name,
                content: try CommandFiles.read(file))
        }
    }

    /// `SEATPLAN_TEST_PUSH_DELAY_MS`: crash tests kill the push while it sleeps inside its
    /// transaction; it announces the wait on standard error first.
    static func testDelay() -> (@Sendable () -> Void)? {
        guard let text = ProcessInfo.processInfo.environment["SEATPLAN_TEST_PUSH_DELAY_MS"],
            let milliseconds = Int(text), milliseconds > 0
        else { return nil }
        return {
            FileHandle.standardError.write(Data("push: holding the transaction open for \(milliseconds) ms\n".utf8))
            Thread.sleep(forTimeInterval: Double(milliseconds) / 1000)
        }
    }
}
