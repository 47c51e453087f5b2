import Foundation

/// A self-signed certificate for 127.0.0.1, made with the `openssl` command, for HTTPS tests.
public struct SelfSignedCertificate: Sendable {
    /// The certificate (PEM).
    public let certificate: String
    /// Its private key (PEM).
    public let key: String

    /// Makes the pair in `folder`.
    public static func make(in folder: URL) throws -> SelfSignedCertificate {
        let certificate = folder.appendingPathComponent("cert.pem").path
        let key = folder.appendingPathComponent("key.pem").path
        let result = try ProcessRunner.run(
            "/usr/bin/openssl",
            [
                "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", certificate,
            ])
        guard result.status == 0 else { throw HTTPError(description: "openssl req failed: \(result.stderr)") }
        return SelfSignedCertificate(certificate: certificate, key: key)
    }
}
