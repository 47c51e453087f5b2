import ExchangeBridge
import Foundation
import OutboxDelivery
import Testing

/// The log transport: one JSON line per message, numbers masked.
struct LogTransportTests {
    @Test func masksNumbers() {
        #expect(PhoneMask.mask("13812345678") == "138****5678")
        #expect(PhoneMask.mask("+86 138-1234-5678") == "861****5678")
        #expect(PhoneMask.mask("1234") == "****34")
        #expect(PhoneMask.mask("") == "****")
    }

    @Test func appendsOneMaskedJSONLinePerMessage() async throws {
        let path = try OutboxFixtures.freshPath() + ".log"
        let transport = try LogFileTransport(path: path)
        for index in 1...2 {
            let message = OutboundMessage(
                id: OutboxMessageID(rawValue: Int64(index)), unitID: UnitID(rawValue: 7), unitName: "市委办公室",
                kind: NoticeKind.reminder, text: "请于3月1日前报送 \"名单\"", mobile: "13812345678",
                idempotencyKey: "seatplan-\(index)-abc", attempt: 1)
            #expect(try await transport.deliver(message) == DeliveryReceipt(via: "log"))
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains("13812345678"))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(
            JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["to"] as? String == "138****5678")
        #expect(first["key"] as? String == "seatplan-1-abc")
        #expect(first["unit"] as? String == "市委办公室")
        #expect(first["text"] as? String == "请于3月1日前报送 \"名单\"")
        #expect(first["time"] is String && first["kind"] as? String == "reminder")
    }

    @Test func anUnwritableLogNamesTheOption() {
        #expect(throws: OutboxSettingsError.self) {
            _ = try LogFileTransport(path: "/nonexistent-folder/outbox.log")
        }
    }
}
