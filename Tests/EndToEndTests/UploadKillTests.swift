import ExchangeBridge
import Foundation
import Synchronization
import TestSupport
import Testing

/// `seatplan serve` killed (SIGKILL) while units' rosters are being uploaded: every upload the
/// server acknowledged (201) is in the store after the restart, read whole.
@Suite("seatplan serve: killed in the middle of uploads")
struct UploadKillTests {
    @Test("kill -9 during a stream of uploads loses nothing that was acknowledged")
    func killDuringUploads() async throws {
        let server = try await WorkbenchProcess.start()
        let folder = server.directory
        defer { try? FileManager.default.removeItem(at: folder) }
        let units = ["市委", "市人大常委会", "市人民政府", "市政协", "市教育局", "东桥镇人民政府"]
        let acknowledged = Acknowledged()
        _ = try await server.signedIn()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (lane, unit) in units.enumerated() {
                group.addTask {
                    for round in 0..<200 {
                        let csv =
                            "id,name,unit,unit_order,precedence,role,title,gender,tags\n"
                            + (1...5).map { "K\(lane)\(round)\($0),测试\($0),\(unit),\(lane + 1),\($0),member,,,\n" }
                            .joined()
                        let name = unit.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                        let path = "/api/meetings/1/rosters?unit=\(name)"
                        guard let reply = try? await server.post(path, body: Data(csv.utf8), contentType: "text/csv"),
                            reply.status == 201, let answer = try? reply.json(), let version = answer["version"].int
                        else { return }  // the server is gone
                        acknowledged.list.withLock { $0.append((unit, version, answer["accepted"].int ?? -1)) }
                    }
                }
            }
            // Kill once a good number of uploads were answered, while the others are in flight.
            try await Waiting.until("uploads acknowledged", timeout: .seconds(120), every: .milliseconds(5)) {
                acknowledged.list.withLock { $0.count >= 60 } ? true : nil
            }
            server.kill9()
            try await group.waitForAll()
        }
        let answered = acknowledged.list.withLock { $0 }
        #expect(answered.count >= 60)
        let restarted = try await WorkbenchProcess.start(directory: folder)
        defer { restarted.close() }
        let store = try ExchangeStore(path: folder.appendingPathComponent("seatplan-data/exchange.sqlite").path)
        let submissions = try store.submissions(meeting: MeetingID(rawValue: 1), unitNamed: nil)
        for ack in answered {
            let stored = submissions.first { $0.unitName == ack.unit && $0.version == ack.version }
            #expect(stored?.status == .parsed && stored?.acceptedCount == ack.accepted, "\(ack.unit) v\(ack.version)")
        }
        // The restarted server answers for what the first one stored.
        #expect(try await restarted.getJSON("/api/meetings/1")["units"].array?.isEmpty == false)
    }
}

/// The uploads the server answered 201, shared by the uploading tasks.
private final class Acknowledged: Sendable {
    let list = Mutex<[(unit: String, version: Int, accepted: Int)]>([])
}
