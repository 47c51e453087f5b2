import CCrypto

/// Reads OpenSSL's per-thread error queue, so failures carry OpenSSL's own explanation.
enum OpenSSLErrorQueue {
    /// Removes every queued error and returns their texts joined by "; ".
    static func drain() -> String {
        var messages: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            messages.append(String(decoding: bytes, as: UTF8.self))
        }
        return messages.isEmpty ? "no error text from OpenSSL" : messages.joined(separator: "; ")
    }

    /// Discards queued errors after a failure that is an expected answer (a bad signature).
    static func clear() {
        ERR_clear_error()
    }

    /// The error for a failed call named `operation`, with the queue drained into it.
    static func failure(_ operation: String) -> NationalCryptoError {
        .openSSL(operation: operation, reason: drain())
    }

    /// Throws unless an OpenSSL status code is 1 (OpenSSL's success for these calls).
    static func check(_ status: Int32, _ operation: String) throws(NationalCryptoError) {
        guard status == 1 else { throw failure(operation) }
    }
}
