import ArgumentParser
import ExchangeBridge
import Foundation
import OfficeKeys
import SeatPlanCore

/// `render`'s options for signed pass codes: the store holding the office key and the pushed
/// plan version, and the key's passphrase.
struct PassSigningOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The exchange store the plan was pushed to (--kind passes, or cards with codes on their backs).",
            valueName: "FILE|URL"))
    var db: String?

    @Option(name: .long, help: StoreLocation.passwordFileHelp)
    var dbPasswordFile: String?

    @Option(name: .long, help: ArgumentHelp("The meeting (default: the store's only one).", valueName: "NAME"))
    var meeting: String?

    @Option(name: .long, help: StoreLocation.keyPassphraseFileHelp)
    var keyPassphraseFile: String?

    /// A signed pass code for every seated person of `plan`, and the plan's version number in the
    /// store (found by its bytes: passes are printed only for a pushed version).
    func passCodes(for plan: SeatPlan, json: Data) async throws -> (codes: [String: String], version: Int) {
        guard let db else { throw ValidationError("signed codes need --db STORE") }
        let options = try StoreLocation.options(actor: "seatplan render", db: db, passwordFile: dbPasswordFile)
        let (store, key) = try await StoreLocation.open(db, options: options, keyPassphraseFile: keyPassphraseFile)
        guard let key else {
            let hasKey = try await store.officeKey() != nil
            throw ExchangeStoreError(
                .invalidInput, store: db,
                hasKey
                    ? "passes are signed with the office key: give its passphrase (--key-passphrase-file FILE or "
                        + "\(KeyPassphrase.environmentVariable))"
                    : "has no office key to sign passes with; run `seatplan keys init` first")
        }
        let meeting = try await store.chooseMeeting(named: meeting)
        let hash = SHA256.hex(json)
        guard let info = try await store.planVersions(meeting: meeting.id).first(where: { $0.contentHash == hash })
        else {
            throw ExchangeStoreError(
                .notFound, store: db,
                "holds no plan version of '\\(meeting.name)' with these bytes: push the plan first (`seatplan push`), "
                    + "a pass carries the version it was printed from")
        }
        var codes: [String: String] = [:]
        for seat in plan.assignments {
            codes[seat.attendee] = try PassCode(
                meeting: meeting.id, planVersion: info.version, attendee: seat.attendee, seat: seat.seat
            ).text(signedBy: key)
        }
        return (codes, info.version)
    }
}
