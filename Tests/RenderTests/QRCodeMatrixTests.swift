import Foundation
import Render
import TestSupport
import Testing

/// Reads QR codes back with zbar's `zbarimg` (Debian `zbar-tools`), an independent decoder.
enum QRCodeReader {
    /// The texts of every QR code zbarimg finds in the image at `url` (empty when it finds none).
    static func texts(inImage url: URL) throws -> [String] {
        let zbarimg = try #require(ProcessRunner.which("zbarimg"), "zbarimg is missing (apt-get install zbar-tools)")
        let output = try ProcessRunner.run(zbarimg, ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", url.path])
        // zbarimg exits 4 when the image holds no code.
        if output.status == 4 { return [] }
        #expect(output.status == 0, "zbarimg failed: \(output.stderr)")
        var text = output.stdout
        if text.hasSuffix("\n") { text.removeLast() }
        return text.isEmpty ? [] : text.components(separatedBy: "\n")
    }

    /// The texts of the QR codes on page `page` of `pdf`, rendered at `resolution` dpi.
    static func texts(inPDF pdf: Data, page: Int = 1, resolution: Int = 200, keepAs name: String? = nil) throws
        -> [String]
    {
        let directory = try ProcessRunner.temporaryDirectory("seatplan-qr")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("document.pdf")
        try pdf.write(to: file)
        let png = directory.appendingPathComponent("page.png")
        try PDFInspection.renderPNG(ofFile: file, page: page, resolution: resolution, to: png)
        if let name {
            // For a look by eye: SEATPLAN_KEEP_PAGES=DIR keeps the document and the rendered page.
            if let keep = ProcessInfo.processInfo.environment["SEATPLAN_KEEP_PAGES"] {
                for (source, suffix) in [(png, "png"), (file, "pdf")] {
                    let target = URL(fileURLWithPath: keep).appendingPathComponent("\(name).\(suffix)")
                    try? FileManager.default.removeItem(at: target)
                    try FileManager.default.copyItem(at: source, to: target)
                }
            }
        }
        return try texts(inImage: png)
    }

    /// Writes `code` as a binary PGM image, `scale` pixels per module with the quiet zone, and
    /// reads it back: a check of the matrix alone, without Cairo or poppler.
    static func texts(of code: QRCodeMatrix, scale: Int = 6) throws -> [String] {
        let quiet = QRCodeMatrix.quietZone
        let side = (code.size + 2 * quiet) * scale
        var pixels = [UInt8](repeating: 255, count: side * side)
        for row in 0..<code.size {
            for column in 0..<code.size where code.isDark(row: row, column: column) {
                for dy in 0..<scale {
                    let y = (row + quiet) * scale + dy
                    for dx in 0..<scale { pixels[y * side + (column + quiet) * scale + dx] = 0 }
                }
            }
        }
        let directory = try ProcessRunner.temporaryDirectory("seatplan-qr")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("code.pgm")
        try (Data("P5\n\(side) \(side)\n255\n".utf8) + Data(pixels)).write(to: file)
        return try texts(inImage: file)
    }
}

/// Test texts shaped like real pass codes: "SP1" and upper-case base32.
enum PassCodeSamples {
    static let base32 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    /// "SP1" followed by `length - 3` base32 characters, varied by `seed`.
    static func code(length: Int = 200, seed: Int = 1) -> String {
        var state = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        var text = "SP1"
        while text.count < length {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text.append(base32[Int(state >> 59)])
        }
        return text
    }
}

@Suite("QR code matrix (libqrencode)")
struct QRCodeMatrixTests {
    @Test("HELLO WORLD at level M is version 1: 21 modules, finder patterns in three corners")
    func helloWorld() throws {
        let code = try QRCodeMatrix(encoding: "HELLO WORLD", correction: .medium)
        #expect(code.version == 1)
        #expect(code.size == 21)
        // The finder pattern: a dark 7 × 7 ring, a light ring, a dark 3 × 3 centre.
        for (top, left) in [(0, 0), (0, 14), (14, 0)] {
            for row in 0..<7 {
                for column in 0..<7 {
                    let ring = max(abs(row - 3), abs(column - 3))
                    #expect(code.isDark(row: top + row, column: left + column) == (ring != 2))
                }
            }
        }
        #expect(!code.isDark(row: -1, column: 0))
        #expect(!code.isDark(row: 0, column: 21))
        #expect(try QRCodeReader.texts(of: code) == ["HELLO WORLD"])
    }

    @Test("Upper-case text takes alphanumeric mode: 200 letters need version 8, 200 lower-case ones version 10")
    func smallestMode() throws {
        let upper = try QRCodeMatrix(encoding: String(repeating: "ABCDEFGHIJ", count: 20))
        let lower = try QRCodeMatrix(encoding: String(repeating: "abcdefghij", count: 20))
        // ISO/IEC 18004 table 7, level M: version 8 holds 221 alphanumeric characters (7: 178);
        // version 10 holds 213 bytes (9: 180).
        #expect(upper.version == 8)
        #expect(upper.size == 49)
        #expect(lower.version == 10)
        #expect(lower.size == 57)
        #expect(try QRCodeReader.texts(of: lower) == [String(repeating: "abcdefghij", count: 20)])
    }

    @Test("A 200-character base32 pass code fits version 10 or less and reads back exactly")
    func passCode() throws {
        for seed in 1...3 {
            let text = PassCodeSamples.code(length: 200, seed: seed)
            let code = try QRCodeMatrix(encoding: text)
            #expect(code.version <= 10)
            #expect(code.size == 17 + 4 * code.version)
            #expect(try QRCodeReader.texts(of: code) == [text])
        }
    }

    @Test("Chinese and mixed text is carried as UTF-8 bytes and reads back exactly")
    func chineseText() throws {
        for text in ["入场证 张三 一楼 3排17号", "SP1-王芳 Wang Fang/座位证#42", "ñ é 中文 ABC 123"] {
            let code = try QRCodeMatrix(encoding: text, correction: .quartile)
            #expect(try QRCodeReader.texts(of: code) == [text])
        }
    }

    @Test("Upper-case text longer than any 8-bit code still fits in alphanumeric mode")
    func longAlphanumeric() throws {
        // 3,000 characters: more than the 2,331 bytes of a version-40 code at M, fewer than its
        // 3,391 alphanumeric characters.
        let text = String(repeating: "PASS CODE 0123456789 ", count: 143)
        #expect(text.utf8.count == 3003)
        let code = try QRCodeMatrix(encoding: text)
        #expect((36...40).contains(code.version))
        #expect(code.size == 17 + 4 * code.version)
    }

    @Test("A text with a NUL character is encoded whole, as 8-bit data")
    func nulCharacter() throws {
        let code = try QRCodeMatrix(encoding: "SP1\u{0}ABC")
        #expect(code.version == 1)
        #expect(code.text == "SP1\u{0}ABC")
    }

    @Test("Empty and too-long texts are clear errors")
    func errors() throws {
        #expect(throws: RenderError.cannotEncodeQRCode("the text is empty")) {
            try QRCodeMatrix(encoding: "")
        }
        let long = String(repeating: "a", count: 2400)
        let error = try #require(throws: RenderError.self) { try QRCodeMatrix(encoding: long, correction: .medium) }
        #expect("\(error)".contains("too long"))
        #expect("\(error)".contains("2400 bytes"))
        #expect("\(error)".contains("2331"))
        // The same text fits at level L (2,953 bytes).
        #expect(try QRCodeMatrix(encoding: long, correction: .low).version >= 36)
    }
}
