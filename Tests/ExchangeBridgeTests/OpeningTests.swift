import Foundation
import Testing

@testable import ExchangeBridge

/// Opening, creating and migrating store files, and refusing files that are not stores.
struct OpeningTests {
    @Test func creatingAStoreAppliesTheWholeSchema() throws {
        let store = try StoreFixtures.freshStore()
        let tables = try store.fetchTexts(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb_%' "
                + "AND name NOT LIKE 'sqlite_%'"
        )
        #expect(Set(tables) == Set(ExchangeSchema.tables))
        #expect(try store.connectionSettings().appliedMigrations == ["v1", "v2", "v3-outbox-delivery"])
        #expect(try store.fetchInteger("PRAGMA application_id") == Int(ExchangeSchema.applicationID))
        #expect(try store.rowCounts().allSatisfy { $0.rows == 0 })
    }

    @Test func reopeningKeepsDataAndMigratesNothingTwice() throws {
        let path = try StoreFixtures.freshPath()
        do {
            let store = try ExchangeStore(path: path, options: StoreFixtures.options())
            _ = try store.findOrCreateMeeting(named: "会议")
        }
        let reopened = try ExchangeStore(path: path, options: StoreFixtures.options())
        let again = try ExchangeStore(path: path, options: StoreFixtures.options())
        #expect(try reopened.connectionSettings().appliedMigrations == ["v1", "v2", "v3-outbox-delivery"])
        #expect(try again.fetchInteger("SELECT count(*) FROM grdb_migrations") == 3)
        #expect(try reopened.meetings().map(\.name) == ["会议"])
    }

    @Test func connectionsUseWALABusyTimeoutAndForeignKeys() throws {
        let store = try ExchangeStore(
            path: StoreFixtures.freshPath(), options: StoreFixtures.options(busyTimeout: .milliseconds(2500)))
        let settings = try store.connectionSettings()
        #expect(settings.journalMode == "wal")
        #expect(settings.busyTimeoutMilliseconds == 2500)
        #expect(settings.foreignKeysEnabled)
        #expect(try ExchangeStore(path: StoreFixtures.freshPath()).connectionSettings().busyTimeoutMilliseconds == 5000)
    }

    @Test func aGarbageFileIsRefusedByName() throws {
        let path = try StoreFixtures.freshPath("not-a-store.sqlite")
        try Data("id,name\nA1,张三\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: ExchangeStoreError.self) { try ExchangeStore(path: path) }
        #expect(error?.kind == .notADatabase)
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("not an SQLite database") == true)
        // The file is left as it was.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("id,name\nA1,张三\n".utf8))
    }

    @Test func aGarbageFileThatLooksLikeSQLiteIsRefused() throws {
        let path = try StoreFixtures.freshPath()
        var bytes = Data("SQLite format 3\u{0}".utf8)
        bytes.append(Data(repeating: 0xAB, count: 4096))
        try bytes.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: ExchangeStoreError.self) { try ExchangeStore(path: path) }
        #expect([.notADatabase, .corrupt].contains(error?.kind))
        #expect(error?.description.hasPrefix(path) == true)
    }

    @Test func anotherApplicationsDatabaseIsRefusedAndLeftAlone() throws {
        let path = try StoreFixtures.freshPath("other.sqlite")
        let other = try StoreFixtures.freshStore()
        // Make a foreign SQLite file: a copy of a store whose identity is wiped.
        try other.executeRawSQL("PRAGMA application_id = 0")
        try other.executeRawSQL("VACUUM INTO '\(path)'")
        let error = #expect(throws: ExchangeStoreError.self) { try ExchangeStore(path: path) }
        #expect(error?.kind == .notAnExchangeStore)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func aStoreFromANewerSeatPlanIsRefused() throws {
        let path = try StoreFixtures.freshPath()
        do {
            let store = try ExchangeStore(path: path)
            try store.executeRawSQL("INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        let error = #expect(throws: ExchangeStoreError.self) { try ExchangeStore(path: path) }
        #expect(error?.kind == .newerSchema)
        #expect(error?.description.contains("v99-from-the-future") == true)
        #expect(error?.description.contains(path) == true)
    }

    @Test func aMissingDirectoryGivesAClearError() throws {
        let directory = try StoreFixtures.freshPath("no-such-directory")
        let path = directory + "/store.sqlite"
        let error = #expect(throws: ExchangeStoreError.self) { try ExchangeStore(path: path) }
        #expect(error?.kind == .cannotOpen)
        #expect(error?.description.hasPrefix(path) == true)
    }

    @Test func aDirectoryIsRefused() throws {
        let directory = try StoreFixtures.freshPath("a-directory")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        let error = #expect(throws: ExchangeStoreError.self) { try ExchangeStore(path: directory) }
        #expect(error?.kind == .cannotOpen)
        #expect(error?.message.contains("directory") == true)
    }

    @Test func anEmptyFileBecomesAStore() throws {
        let path = try StoreFixtures.freshPath()
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try ExchangeStore(path: path)
        #expect(try store.connectionSettings().appliedMigrations == ["v1", "v2", "v3-outbox-delivery"])
    }
}
