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
        let (document, name) = try await Self.subject(
            planVersion: planVersion, notice: notice, store: store, meeting: meeting)
        let verdict = try await document.verdict(key: key, store: store)
        print("\(name): \(verdict)")
        if case .genuine(let signedAt) = verdict {
            print("signed \(StoreText.time(signedAt)) by office key \(key.fingerprint)")
        } else {
            throw ExitCode(1)
        }
    }

    /// The document to verify (its statement rebuilt from what the store holds now) and its name.
    static func subject(
        planVersion: Int?, notice: Int64?, store: any ExchangeStorage, meeting: Meeting
    ) async throws -> (DocumentVerification, String) {
        if let notice {
            let info = try await store.notice(NoticeID(rawValue: notice))
            return (try DocumentVerification.notice(info), "notice \(notice) 《\(info.title)》")
        }
        let number = planVersion ?? 0
        let document = try await DocumentVerification.planVersion(number, store: store, meeting: meeting)
        return (document, "plan version \(number) of '\(meeting.name)'")
    }
}
