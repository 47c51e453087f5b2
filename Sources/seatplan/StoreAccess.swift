import ArgumentParser
import ExchangeBridge
import ExchangePostgres
import Foundation

/// The options every store command takes: the store file and, optionally, the meeting.
struct StoreLocation: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The exchange store (an SQLite file).", valueName: "FILE"))
    var db: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The meeting to work on (default: the store's only meeting).", valueName: "NAME"))
    var meeting: String?

    /// Opens the store, recording `command` as the actor of its writes in the audit log.
    func open(as command: String) async throws(ExchangeStoreError) -> any ExchangeStorage {
        try await ExchangeStorageFactory.open(db, options: ExchangeStoreOptions(actor: "seatplan \(command)"))
    }

    /// Opens the store and chooses the meeting.
    func openMeeting(as command: String) async throws(ExchangeStoreError) -> (any ExchangeStorage, Meeting) {
        let store = try await open(as: command)
        return (store, try await store.chooseMeeting(named: meeting))
    }
}

/// Reading `--deadline` values.
enum DeadlineOption {
    /// Parses an ISO 8601 date and time with a zone, e.g. `2025-03-01T18:00:00+08:00` or
    /// `2025-03-01T10:00:00Z` (fractional seconds allowed).
    static func parse(_ text: String?) throws -> Date? {
        guard let text else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        throw ValidationError(
            "--deadline '\(text)' is not an ISO 8601 date and time with a zone, e.g. 2025-03-01T18:00:00+08:00")
    }
}

/// Formatting of store output.
enum StoreText {
    /// `2025-03-01T10:00:00Z` style UTC time for listings.
    static func time(_ date: Date?) -> String {
        guard let date else { return "-" }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// Thousands separators: 5,300.
    static func count(_ value: Int) -> String {
        value.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
    }
}
