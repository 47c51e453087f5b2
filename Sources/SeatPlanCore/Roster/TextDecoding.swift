import Foundation

/// The character encodings rosters arrive in.
public enum TextEncoding: String, Sendable, Codable {
    /// UTF-8, with or without a byte-order mark.
    case utf8 = "UTF-8"
    /// GB 18030 (a superset of GBK and GB 2312), which spreadsheet software in Chinese
    /// offices writes by default.
    case gb18030 = "GB18030"
    /// Not text but an Excel/WPS workbook (.xlsx), whose cells are always Unicode.
    case xlsx = "XLSX"

    /// Foundation's GB 18030 encoding on Linux (Core Foundation's GB_18030_2000 as an
    /// NSStringEncoding value; `CFStringConvertEncodingToNSStringEncoding` is not available).
    static let foundationGB18030 = String.Encoding(rawValue: 0x8000_0632)
}

/// Decodes file bytes as strict UTF-8 (dropping a BOM) or else as GB 18030.
public enum TextDecoding {
    /// The decoded text and the encoding it was in, or `nil` when the bytes are neither.
    public static func decode(_ data: Data) -> (text: String, encoding: TextEncoding)? {
        var bytes = data
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bytes.starts(with: bom) { bytes = bytes.dropFirst(bom.count) }
        if let text = String(data: bytes, encoding: .utf8) { return (text, .utf8) }
        if let text = String(data: data, encoding: TextEncoding.foundationGB18030) { return (text, .gb18030) }
        return nil
    }

    /// Encodes text as GB 18030, e.g. to test or to export for older spreadsheet software.
    public static func gb18030(_ text: String) -> Data? {
        text.data(using: TextEncoding.foundationGB18030)
    }
}
