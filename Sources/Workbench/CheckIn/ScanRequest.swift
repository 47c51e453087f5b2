import Foundation
import HTTPTypes
import SeatPlanCore

/// A scan sent by the door page (`POST /api/meetings/{id}/checkins`): the code as the scanner
/// typed it, the door's name and the page's id for the scan (a UUID), so that a retry after a
/// lost answer records the scan once.
struct ScanRequest: Decodable {
    let code: String
    let door: String
    let scanID: String

    enum CodingKeys: String, CodingKey {
        case code
        case door
        case scanID = "scan_id"
    }

    /// The longest code read (a pass code has about 200 characters).
    static let longestCode = 2_000
    /// The longest door name.
    static let longestDoor = 40

    /// Checks the fields; a 422 names the one that is wrong.
    func validated() throws -> ScanRequest {
        let code = code.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !code.isEmpty, code.count <= Self.longestCode else {
            throw Self.problem(field: "code", "must be the scanned pass code (1 to \(Self.longestCode) characters)")
        }
        let door = door.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !door.isEmpty, door.count <= Self.longestDoor else {
            throw Self.problem(field: "door", "must name the door (1 to \(Self.longestDoor) characters)")
        }
        guard (1...100).contains(scanID.count),
            scanID.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else {
            throw Self.problem(field: "scan_id", "must be 1 to 100 letters, digits or dashes (a UUID)")
        }
        return ScanRequest(code: code, door: door, scanID: scanID)
    }

    private init(code: String, door: String, scanID: String) {
        self.code = code
        self.door = door
        self.scanID = scanID
    }

    private static func problem(field: String, _ message: String) -> APIError {
        let error = InputError(file: "request body", field: field, message)
        return APIError(.unprocessableContent, error.description, problems: [APIError.Problem(error)])
    }
}
