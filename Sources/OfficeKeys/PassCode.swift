import ExchangeBridge
import Foundation
import NationalCrypto

/// What a pass's QR code says: the meeting, the plan version it was printed from, the person and
/// their seat, signed with the office key (SM2 with SM3) so that the door can tell a genuine
/// pass from a forged or altered one without asking anyone.
///
/// The text is `SP1` followed by base32 (upper-case letters and digits: QR's compact alphanumeric
/// mode, and what a keyboard-wedge scanner types safely) of: a format byte, the meeting id and
/// plan version as LEB128 numbers, the attendee id and seat id as length-prefixed UTF-8, and the
/// 64-byte signature (r ‖ s) over `seatplan-pass/1`, a zero byte and everything before it.
/// A pass of a typical meeting is 150–200 characters: a version-8 to -10 QR code.
public struct PassCode: Sendable, Equatable {
    /// The meeting (the store's id).
    public var meeting: MeetingID
    /// The plan version the pass was printed from.
    public var planVersion: Int
    /// The person (the plan's attendee id).
    public var attendee: String
    /// The seat's id in the venue.
    public var seat: String

    static let prefix = "SP1"
    static let format: UInt8 = 1
    static let domain = Array("seatplan-pass/1".utf8) + [0]
    static let maximumTextBytes = 200

    /// A pass code's content.
    public init(meeting: MeetingID, planVersion: Int, attendee: String, seat: String) {
        self.meeting = meeting
        self.planVersion = planVersion
        self.attendee = attendee
        self.seat = seat
    }

    /// The signed text for the QR code.
    public func text(signedBy key: UnlockedOfficeKey) throws(OfficeKeyError) -> String {
        let body = payload()
        do {
            let signature = try key.privateKey.compactSignature(for: Data(Self.domain + body))
            return Self.prefix + Base32.encode(body + [UInt8](signature))
        } catch {
            throw .crypto(error)
        }
    }

    /// Reads a scanned text without judging it: the code and whether `key` signed it.
    static func read(_ scanned: String, key: OfficePublicKey) -> (code: PassCode, isSigned: Bool)? {
        let text = scanned.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.uppercased().hasPrefix(prefix),
            let bytes = Base32.decode(text.dropFirst(prefix.count)),
            bytes.count > SM2.compactSignatureByteCount
        else { return nil }
        let body = Array(bytes.dropLast(SM2.compactSignatureByteCount))
        let signature = Data(bytes.suffix(SM2.compactSignatureByteCount))
        guard let code = decode(body) else { return nil }
        return (code, key.isValid(signature, for: Data(domain + body)))
    }

    /// The bytes that are signed (after the domain).
    func payload() -> [UInt8] {
        var bytes: [UInt8] = [Self.format]
        Self.appendNumber(UInt64(max(0, meeting.rawValue)), to: &bytes)
        Self.appendNumber(UInt64(max(0, planVersion)), to: &bytes)
        for text in [attendee, seat] {
            let utf8 = Array(text.utf8.prefix(Self.maximumTextBytes))
            Self.appendNumber(UInt64(utf8.count), to: &bytes)
            bytes += utf8
        }
        return bytes
    }

    private static func decode(_ body: [UInt8]) -> PassCode? {
        var reader = body[...]
        guard reader.popFirst() == format,
            let meeting = number(&reader), let version = number(&reader),
            let attendee = text(&reader), let seat = text(&reader), reader.isEmpty,
            meeting <= UInt64(Int64.max), version <= UInt64(Int.max)
        else { return nil }
        return PassCode(
            meeting: MeetingID(rawValue: Int64(meeting)), planVersion: Int(version), attendee: attendee, seat: seat)
    }

    private static func appendNumber(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        repeat {
            let low = UInt8(rest & 0x7F)
            rest >>= 7
            bytes.append(rest == 0 ? low : low | 0x80)
        } while rest != 0
    }

    private static func number(_ reader: inout ArraySlice<UInt8>) -> UInt64? {
        var value: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 7) {
            guard let byte = reader.popFirst() else { return nil }
            value |= UInt64(byte & 0x7F) << UInt64(shift)
            if byte & 0x80 == 0 { return value }
        }
        return nil
    }

    private static func text(_ reader: inout ArraySlice<UInt8>) -> String? {
        guard let count = number(&reader), count <= UInt64(maximumTextBytes), reader.count >= Int(count) else {
            return nil
        }
        let bytes = reader.prefix(Int(count))
        reader = reader.dropFirst(Int(count))
        return String(validating: bytes, as: UTF8.self)
    }
}
