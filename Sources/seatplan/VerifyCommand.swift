import ArgumentParser
import ExchangeBridge
import Foundation
import OfficeKeys

/// `seatplan verify --db STORE (--plan-version N | --notice ID)`.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Tell whether a plan version or a notice is genuine and unchanged (its SM2 signature).",
        discussion: """
            Rebuilds what was signed from what the store holds now (the plan version's PLAN.json \
            bytes; the notice's title, text, deadline and attachments) and checks the office \
            key's signature over it. Needs only the public key: no passphrase. Exit status 0 \
            when genuine and unchanged, 1 otherwise (altered, forged, another key's, unsigned).
            """)

    @OptionGroup var location: StoreLocation

    @Option(name: .long, help: ArgumentHelp("The plan version number to verify.", valueName: "N"))
    var planVersion: Int?

    @Option(name: .long, help: ArgumentHelp("The notice id to verify.", valueName: "ID"))
    var notice: Int64?

    func validate() throws {
        guard (planVersion == nil) != (notice == nil) else {
            throw ValidationError("give exactly one of --plan-version N and --notice ID")
        }
    }

    func run() async throws {
        let (store, meeting) = try await location.openMeeting(as: "verify")
        guard let record = try await store.officeKey() else {
            throw ExchangeStoreError(
                .notFound, store: location.db, "has no office key: nothing in it is signed (run `seatplan keys init`)")
        }
        let key = try OfficePublicKey(record)
        let (subject, current, name) = try await Self.subject(
            planVersion: planVersion, notice: notice, store: store, meeting: meeting)
        let verdict = key.verify(try await store.signature(of: subject), current: current)
        print("\(name): \(verdict)")
        if case .genuine(let signedAt) = verdict {
            print("signed \(StoreText.time(signedAt)) by office key \(key.fingerprint)")
        } else {
            throw ExitCode(1)
        }
    }

    /// The subject to verify and its statement rebuilt from what the store holds now.
    static func subject(
        planVersion: Int?, notice: Int64?, store: any ExchangeStorage, meeting: Meeting
    ) async throws -> (SignedSubject, Data, String) {
        if let notice {
            let info = try await store.notice(NoticeID(rawValue: notice))
            return (.notice(info.id), try SignedStatement.notice(info), "notice \(notice) 《\(info.title)》")
        }
        let number = planVersion ?? 0
        let versions = try await store.planVersions(meeting: meeting.id)
        guard let info = versions.first(where: { $0.version == number }) else {
            let known = versions.map { String($0.version) }.joined(separator: ", ")
            throw ExchangeStoreError(
                .notFound, store: store.path,
                "has no plan version \(number) of '\(meeting.name)' (versions: \(known.isEmpty ? "none" : known))")
        }
        let stored = try await store.plan(info.id)
        let statement = try SignedStatement.planVersion(
            id: info.id, meeting: meeting.id, version: info.version, planSHA256: SHA256.hex(stored.json))
        return (.planVersion(info.id), statement, "plan version \(number) of '\(meeting.name)'")
    }
}
