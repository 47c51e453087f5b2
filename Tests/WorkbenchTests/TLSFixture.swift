import Foundation
import TestSupport
import Workbench

/// A self-signed certificate for 127.0.0.1 as the workbench takes it.
enum TLSFixture {
    static func selfSigned(in folder: URL) throws -> WorkbenchServer.TLSFiles {
        let pair = try SelfSignedCertificate.make(in: folder)
        return WorkbenchServer.TLSFiles(certificate: pair.certificate, key: pair.key)
    }
}
