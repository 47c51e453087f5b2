import CQREncode

#if canImport(Glibc)
    import Glibc
#endif

/// A QR code as a square of dark and light modules, encoded with libqrencode.
///
/// The text is encoded case-sensitively with Kanji mode off: libqrencode splits it into the
/// segments that give the smallest symbol (numeric, alphanumeric for upper-case letters, digits
/// and ` $%*+-./:`, 8-bit UTF-8 bytes otherwise), so a pass code of upper-case base32 takes the
/// compact alphanumeric mode and Chinese text is carried as UTF-8 bytes. The smallest version
/// that holds the text at the chosen correction level is used.
///
/// ```swift
/// let code = try QRCodeMatrix(encoding: "HELLO WORLD")   // version 1: 21 × 21 modules
/// ```
public struct QRCodeMatrix: Sendable, Equatable {
    /// Light modules on each side that readers need around the symbol (ISO/IEC 18004: four).
    public static let quietZone = 4

    /// The symbol's version, 1…40.
    public let version: Int
    /// Modules per side (21 for version 1, 4 more per version).
    public let size: Int
    /// The text the code carries.
    public let text: String
    /// The error-correction level.
    public let correction: QRCorrectionLevel
    /// Dark (true) or light, row by row from the top left.
    private let modules: [Bool]

    /// Encodes `text` at `correction`.
    ///
    /// - Throws: ``RenderError/cannotEncodeQRCode(_:)`` when the text is empty or too long for
    ///   any QR code at this level, or libqrencode fails (its errno's meaning is given).
    public init(encoding text: String, correction: QRCorrectionLevel = .medium) throws(RenderError) {
        guard !text.isEmpty else { throw .cannotEncodeQRCode("the text is empty") }
        let bytes = Array(text.utf8)
        errno = 0
        let result: UnsafeMutablePointer<QRcode>?
        if bytes.contains(0) {
            // A C string would end at the NUL: encode the bytes as one 8-bit segment instead.
            result = QRcode_encodeData(Int32(bytes.count), bytes, 0, correction.qrecLevel)
        } else {
            result = QRcode_encodeString(text, 0, correction.qrecLevel, QR_MODE_8, 1)
        }
        guard let result else { throw .cannotEncodeQRCode(Self.failure(errno, bytes.count, correction)) }
        let handle = QRCodeHandle(result)
        let modules = handle.darkModules()
        guard handle.width > 0, modules.count == handle.width * handle.width else {
            throw .cannotEncodeQRCode("libqrencode returned a symbol without module data")
        }
        self.version = handle.version
        self.size = handle.width
        self.text = text
        self.correction = correction
        self.modules = modules
    }

    /// Whether the module at `row`, `column` (0-based from the top left) is dark; modules
    /// outside the symbol (the quiet zone) are light.
    public func isDark(row: Int, column: Int) -> Bool {
        guard (0..<size).contains(row), (0..<size).contains(column) else { return false }
        return modules[row * size + column]
    }

    /// The dark runs of `row`: each as the first column and the number of dark modules in a row.
    func darkRuns(inRow row: Int) -> [(column: Int, length: Int)] {
        var runs: [(column: Int, length: Int)] = []
        var column = 0
        while column < size {
            guard isDark(row: row, column: column) else {
                column += 1
                continue
            }
            let start = column
            while column < size, isDark(row: row, column: column) { column += 1 }
            runs.append((start, column - start))
        }
        return runs
    }

    /// The message for libqrencode's failure with `code` (its errno).
    private static func failure(_ code: Int32, _ byteCount: Int, _ correction: QRCorrectionLevel) -> String {
        switch code {
        case ERANGE: return tooLong(byteCount, correction)
        case EINVAL: return "libqrencode rejected the text as invalid input (\(String(cString: strerror(code))))"
        case ENOMEM: return "libqrencode ran out of memory (\(String(cString: strerror(code))))"
        case 0: return "libqrencode returned no symbol and no reason"
        default: return "libqrencode failed: \(String(cString: strerror(code)))"
        }
    }

    /// The message for a text longer than any QR code holds.
    private static func tooLong(_ byteCount: Int, _ correction: QRCorrectionLevel) -> String {
        "the text is too long for a QR code: \(byteCount) bytes, but the largest code (version 40) at level "
            + "\(correction.rawValue) holds at most \(correction.maximumBytes) bytes of general text "
            + "(more when it is only upper-case letters and digits)"
    }
}
