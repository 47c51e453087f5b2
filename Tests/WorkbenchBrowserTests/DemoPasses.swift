import ExchangeBridge
import Foundation
import OfficeKeys
import SeatPlanCore
import TestSupport

/// Pass codes of the demo meeting a `seatplan serve` made in its folder: signed with the demo's
/// office key, unlocked with the passphrase the server wrote beside its store (as the printed
/// passes' QR codes hold them).
struct DemoPasses {
    let key: UnlockedOfficeKey

    /// The demo's key, read from the server's folder.
    init(server: WorkbenchProcess) throws {
        let folder = server.directory.appendingPathComponent("seatplan-data")
        let passphrase = try KeyPassphrase.resolve(
            file: folder.appendingPathComponent("office-key-passphrase.txt").path, environment: [:])
        let store = try ExchangeStore(path: folder.appendingPathComponent("exchange.sqlite").path)
        guard let passphrase, let record = try store.officeKey() else {
            throw HTTPError(description: "the demo store has no office key or passphrase file")
        }
        key = try UnlockedOfficeKey(record, passphrase: passphrase)
    }

    /// The code on the pass of `person` printed from plan version `version` of meeting 1.
    func code(_ person: MapPerson, version: Int = 1) throws -> String {
        try PassCode(
            meeting: MeetingID(rawValue: 1), planVersion: version, attendee: person.attendee, seat: person.seat
        )
        .text(signedBy: key)
    }
}
