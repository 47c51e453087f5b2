import Foundation
import ZIPFoundation

/// The zip container of a workbook, read from memory with every part inflated under a byte cap.
struct XLSXArchive {
    /// Thrown from the inflating consumer once a part passes the cap.
    private struct PartTooLarge: Error {}

    let file: String
    let limits: XLSXLimits
    private let archive: Archive

    /// Whether `data` starts like a zip archive (`PK\u{3}\u{4}`), as every .xlsx does.
    static func isZip(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// Opens the archive `data`.
    ///
    /// The bytes are read through a temporary file, unlinked as soon as it is open: ZIPFoundation's
    /// in-memory backend traps on a seek past the end, which a damaged central directory asks
    /// for, while a real file just reads short.
    ///
    /// - Throws: ``SpreadsheetError`` when the bytes are not a readable zip archive.
    init(_ data: Data, file: String, limits: XLSXLimits) throws(SpreadsheetError) {
        self.file = file
        self.limits = limits
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("seatplan-xlsx-\(UUID().uuidString).zip")
        do {
            try data.write(to: temporary)
        } catch {
            throw SpreadsheetError(file: file, "cannot be read: no room for a temporary copy (\(error))")
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            archive = try Archive(url: temporary, accessMode: .read)
        } catch {
            throw Self.damaged(file)
        }
    }

    /// The error for an archive that cannot be read.
    static func damaged(_ file: String) -> SpreadsheetError {
        SpreadsheetError(
            file: file,
            "is not a readable XLSX workbook (the zip archive is damaged or truncated); save it again from Excel or WPS"
        )
    }

    /// Whether the archive has a part at `path` (no leading slash).
    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of the part at `path`, or `nil` when there is none.
    ///
    /// - Throws: ``SpreadsheetError`` when the part inflates past ``XLSXLimits/maxPartBytes``
    ///   or its compressed data is damaged.
    func part(_ path: String) throws(SpreadsheetError) -> Data? {
        guard let entry = archive[path], entry.type == .file else { return nil }
        var bytes = Data()
        let cap = limits.maxPartBytes
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024) { chunk in
                guard bytes.count + chunk.count <= cap else { throw PartTooLarge() }
                bytes.append(chunk)
            }
        } catch {
            if error is PartTooLarge {
                throw SpreadsheetError(
                    file: file,
                    "part \(path) inflates to more than \(cap >> 20) MiB; this is not a roster a person filled in "
                        + "(a zip bomb or a damaged file)")
            }
            throw Self.damaged(file)
        }
        return bytes
    }
}
