import ExchangeBridge
import Foundation
import OfficeKeys

/// Whether a published document (a plan version, a notice) is genuine and unchanged, as the
/// versions page and the units' portal show it: the office key's signature checked over the
/// statement rebuilt from what the store holds now (``DocumentVerification``, as `seatplan verify`).
struct DocumentCheck {
    let store: any ExchangeStorage

    /// The answer of a verification route.
    struct Payload: Encodable {
        /// `genuine`, `altered`, `bad-signature`, `other-key`, `unsigned`, or `no-key` when the
        /// store has no office key.
        let status: String
        let genuine: Bool
        /// What the badge says, in Chinese.
        let message: String
        let signedAt: Date?
        let keyFingerprint: String?

        enum CodingKeys: String, CodingKey {
            case status, genuine, message
            case signedAt = "signed_at"
            case keyFingerprint = "key_fingerprint"
        }
    }

    /// The verdict on `document`.
    func check(_ document: DocumentVerification) async throws -> Payload {
        guard let record = try await store.officeKey() else {
            return Payload(
                status: "no-key", genuine: false, message: "未启用签名（尚无办公室密钥）", signedAt: nil,
                keyFingerprint: nil)
        }
        let key = try OfficePublicKey(record)
        let verdict = try await document.verdict(key: key, store: store)
        let (status, message): (String, String) =
            switch verdict {
            case .genuine: ("genuine", "真实未改动：办公室签名已验证")
            case .altered: ("altered", "已被改动：与签名时的内容不一致")
            case .badSignature: ("bad-signature", "签名无效：伪造或已损坏")
            case .otherKey: ("other-key", "不是本办公室的签名")
            case .unsigned: ("unsigned", "未签名（启用办公室密钥前发布）")
            }
        var signedAt: Date?
        if case .genuine(let at) = verdict { signedAt = at }
        return Payload(
            status: status, genuine: verdict.isGenuine, message: message, signedAt: signedAt,
            keyFingerprint: key.fingerprint)
    }
}
