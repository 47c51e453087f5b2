import Foundation
import TestSupport
import Workbench

/// A self-signed certificate for 127.0.0.1 made with the `openssl` command, for HTTPS tests.
enum TLSFixture {
    static func selfSigned(in folder: URL) throws -> WorkbenchServer.TLSFiles {
        let certificate = folder.appendingPathComponent("cert.pem").path
        let key = folder.appendingPathComponent("key.pem").path
        let result = try ProcessRunner.run(
            "/usr/bin/openssl",
            [
                "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", certificate,
            ])
        guard result.status == 0 else { throw TLSFixtureError(message: result.stderr) }
        return WorkbenchServer.TLSFiles(certificate: certificate, key: key)
    }

    struct TLSFixtureError: Error { let message: String }
}
