import ExchangeBridge
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SeatPlanCore
import SeededRandom
import Spreadsheet
import Testing

@testable import Workbench

/// A thousand broken rosters through the units' upload route: never a crash or a 500, and every
/// file is either read whole (each row accepted or rejected) or refused whole, kept as received.
@Suite("Workbench: broken rosters through the upload route")
struct UploadFuzzTests {
    static let unit = "东桥镇人民政府"

    /// A valid roster of the town, as the seed of every mutation.
    static var seed: Data {
        var text = "id,name,unit,unit_order,precedence,role,title,gender,tags\n"
        for index in 1...12 {
            text += "F\(index),测试人员\(index),\(unit),30,\(index),member,\"科员, 一级\",\(index % 2 == 0 ? "女" : "男"),\n"
        }
        return Data(text.utf8)
    }

    /// The same roster as a workbook with the template's Chinese headings.
    static func workbookSeed() throws -> Data {
        let rows =
            [RosterTemplate.headings]
            + (1...12).map { ["测试人员\($0)", unit, "科员", $0 % 2 == 0 ? "女" : "男", String($0), "member", ""] }
        return try XLSXWriter(sheetName: "名单").write(rows.map { $0.map(XLSXCell.text) })
    }

    /// One deterministic mutation of `bytes`.
    static func mutate(_ bytes: [UInt8], _ generator: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        func position(_ count: Int) -> Int { count == 0 ? 0 : Int(generator.next() % UInt64(count)) }
        switch generator.next() % 10 {
        case 0: bytes = Array(bytes.prefix(position(bytes.count)))
        case 1:
            for _ in 0..<(1 + generator.next() % 8) where !bytes.isEmpty {
                bytes[position(bytes.count)] = UInt8(truncatingIfNeeded: generator.next())
            }
        case 2: bytes.insert(0x22, at: position(bytes.count + 1))
        case 3: bytes.insert(0x2C, at: position(bytes.count + 1))
        case 4: bytes.removeAll { $0 == 0x0A && generator.next() % 3 == 0 }
        case 5: bytes.insert(0x00, at: position(bytes.count + 1))
        case 6: bytes = (0..<position(400)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        case 7: bytes = [0xEF, 0xBB, 0xBF] + bytes + Array(repeating: 0x41, count: position(70_000))
        case 8: bytes = Array(bytes.prefix(60)) + [0xFF, 0xFE] + Array(bytes.dropFirst(60))
        default:
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            bytes = Array(lines.shuffled(using: &generator).joined(separator: [0x0A]))
        }
        return bytes
    }

    @Test("1,000 broken rosters (CSV and XLSX): no 500, no partial submission")
    func fuzz() async throws {
        let fixture = try await WorkbenchFixture.demo()
        let unit = try await fixture.unitSession(login: "fuzz", unit: Self.unit)
        let own = try #require(try PortalTests.unitIDs(fixture)[Self.unit])
        let seeds = [Array(Self.seed), Array(try Self.workbookSeed())]
        let statuses = try await fixture.test(as: .some(unit)) { client in
            var generator = SeededGenerator(seed: 1000)
            var statuses: [Int: Int] = [:]
            for round in 0..<1000 {
                let isWorkbook = round % 3 == 0
                var bytes = Self.mutate(seeds[isWorkbook ? 1 : 0], &generator)
                if round % 7 == 0 { bytes = Self.mutate(bytes, &generator) }
                if bytes.isEmpty { statuses[-1, default: 0] += 1 }  // refused before it is stored
                let (status, _) = try await client.post(
                    "/api/portal/meetings/1/units/\(own)/rosters?file=f\(round).\(isWorkbook ? "xlsx" : "csv")",
                    Data(bytes))
                statuses[Int(status.code), default: 0] += 1
            }
            return statuses
        }
        #expect(statuses.keys.allSatisfy { $0 == 201 || $0 == 422 || $0 == -1 }, "\(statuses)")
        let empty = statuses[-1] ?? 0
        let store = try ExchangeStore(path: fixture.folder.appendingPathComponent("exchange.sqlite").path)
        let submissions = try store.submissions(meeting: MeetingID(rawValue: 1), unitNamed: Self.unit)
        #expect(submissions.count == 1001 - empty)  // the demo's own upload and every non-empty file
        for submission in submissions {
            let rows = try store.rows(of: submission.id)
            switch submission.status {
            case .parsed: #expect(rows.count == submission.acceptedCount + submission.rejectedCount)
            case .failed: #expect(rows.isEmpty && submission.failureReason?.isEmpty == false)
            case .received: Issue.record("submission \(submission.version) was left half-read")
            }
        }
        #expect(submissions.filter(\.isCurrent).count <= 1)
    }
}
