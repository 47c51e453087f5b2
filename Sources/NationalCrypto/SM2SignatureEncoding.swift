import CCrypto

/// Conversions between the DER form of an SM2 signature (`SEQUENCE { r INTEGER, s INTEGER }`,
/// GM/T 0009) and its compact form r‖s (32 bytes each, big-endian), which keeps QR codes small.
enum SM2SignatureEncoding {
    /// The compact r‖s form of a DER signature.
    static func compact(fromDER der: [UInt8]) throws(NationalCryptoError) -> [UInt8] {
        let signature = try Bytes.decodeDER(
            der, "an SM2 signature", decode: { d2i_ECDSA_SIG(nil, $0, $1) }, owner: SignatureValue.init(taking:))
        var output = [UInt8](repeating: 0, count: SM2.compactSignatureByteCount)
        let half = SM2.scalarByteCount
        let written = output.withUnsafeMutableBufferPointer { buffer -> (Int32, Int32) in
            guard let base = buffer.baseAddress else { return (-1, -1) }
            return (
                BN_bn2binpad(ECDSA_SIG_get0_r(signature.pointer), base, Int32(half)),
                BN_bn2binpad(ECDSA_SIG_get0_s(signature.pointer), base + half, Int32(half))
            )
        }
        guard written.0 == Int32(half), written.1 == Int32(half) else {
            OpenSSLErrorQueue.clear()
            throw .malformedData("an SM2 signature value does not fit in 32 bytes")
        }
        return output
    }

    /// The DER form of a compact r‖s signature.
    static func der(fromCompact compact: [UInt8]) throws(NationalCryptoError) -> [UInt8] {
        try Bytes.require(compact, count: SM2.compactSignatureByteCount, "a compact SM2 signature")
        let half = SM2.scalarByteCount
        let r = try BigNumber(bigEndian: Array(compact[..<half]))
        let s = try BigNumber(bigEndian: Array(compact[half...]))
        let signature = try SignatureValue()
        try OpenSSLErrorQueue.check(ECDSA_SIG_set0(signature.pointer, r.pointer, s.pointer), "ECDSA_SIG_set0")
        r.relinquishOwnership()
        s.relinquishOwnership()
        return try Bytes.encodeDER("i2d_ECDSA_SIG") { i2d_ECDSA_SIG(signature.pointer, $0) }
    }
}
