import Foundation

/// What `pdfinfo` says about a PDF.
public struct PDFSummary: Sendable, Equatable {
    /// The number of pages.
    public let pageCount: Int
    /// Each page's width and height in points, in page order.
    public let pageSizes: [PDFPageDimensions]
    /// The document title from the PDF metadata, if any.
    public let title: String?
    /// The creator from the PDF metadata, if any.
    public let creator: String?
}

/// A page's width and height in points, as `pdfinfo` prints them.
public struct PDFPageDimensions: Sendable, Equatable {
    /// Width in points.
    public let width: Double
    /// Height in points.
    public let height: Double

    /// Whether both edges are within `tolerance` points of `width` × `height`.
    public func isClose(toWidth width: Double, height: Double, tolerance: Double = 0.5) -> Bool {
        abs(self.width - width) <= tolerance && abs(self.height - height) <= tolerance
    }
}

/// Why a PDF could not be inspected.
public struct PDFInspectionError: Error, CustomStringConvertible {
    /// What went wrong, with the tool's own output.
    public let description: String
}

/// Test helpers that run poppler's `pdftotext` and `pdfinfo` on a PDF file or PDF bytes.
/// A missing tool is an error (install `poppler-utils`), never a silent skip.
public enum PDFInspection {
    /// How `pdftotext` orders the text it extracts.
    public enum TextOrder: Sendable {
        /// pdftotext's default reading order (columns may be interleaved on charts).
        case reading
        /// The order the text was drawn in (`-raw`): each drawn text stays together, and wide
        /// gaps such as an ideographic space come out as a space.
        case drawn
        /// The physical layout of the page (`-layout`).
        case layout
    }

    /// The text of every page of the PDF at `url` (UTF-8).
    public static func text(ofFile url: URL, order: TextOrder = .reading) throws -> String {
        var arguments = ["-enc", "UTF-8"]
        switch order {
        case .reading: break
        case .drawn: arguments.append("-raw")
        case .layout: arguments.append("-layout")
        }
        return try run("pdftotext", arguments + [url.path, "-"])
    }

    /// The text of the PDF `data` (UTF-8).
    public static func text(of data: Data, order: TextOrder = .reading) throws -> String {
        try withTemporaryFile(data) { try text(ofFile: $0, order: order) }
    }

    /// Page count, page sizes and metadata of the PDF at `url`.
    public static func summary(ofFile url: URL) throws -> PDFSummary {
        // `-f 1 -l N` makes pdfinfo print every page's size; N larger than the page count is fine.
        let output = try run("pdfinfo", ["-f", "1", "-l", "100000", url.path])
        var pageCount: Int?
        var sizes: [PDFPageDimensions] = []
        var title: String?
        var creator: String?
        for line in output.split(separator: "\n").map(String.init) {
            let value = line.split(separator: ":", maxSplits: 1).dropFirst().first
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if line.hasPrefix("Pages:") {
                pageCount = value.flatMap { Int($0) }
            } else if line.hasPrefix("Title:") {
                title = value
            } else if line.hasPrefix("Creator:") {
                creator = value
            } else if line.hasPrefix("Page "), line.contains(" size:"), let value {
                // "595.276 x 841.89 pts (A4)"
                let parts = value.split(separator: " ")
                if parts.count >= 3, let width = Double(parts[0]), let height = Double(parts[2]) {
                    sizes.append(PDFPageDimensions(width: width, height: height))
                }
            }
        }
        guard let pageCount else {
            throw PDFInspectionError(description: "pdfinfo printed no page count:\n\(output)")
        }
        return PDFSummary(pageCount: pageCount, pageSizes: sizes, title: title, creator: creator)
    }

    /// Page count, page sizes and metadata of the PDF `data`.
    public static func summary(of data: Data) throws -> PDFSummary {
        try withTemporaryFile(data) { try summary(ofFile: $0) }
    }

    /// Renders page `page` (1-based) of the PDF at `url` to a PNG at `png` with `pdftoppm`.
    public static func renderPNG(ofFile url: URL, page: Int = 1, resolution: Int = 60, to png: URL) throws {
        let base = png.deletingPathExtension().path
        _ = try run(
            "pdftoppm",
            ["-png", "-singlefile", "-r", String(resolution), "-f", String(page), "-l", String(page), url.path, base])
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> String {
        guard let executable = ProcessRunner.which(tool) else {
            throw PDFInspectionError(description: "\(tool) is not installed (Debian: apt-get install poppler-utils)")
        }
        let output = try ProcessRunner.run(executable, arguments)
        guard output.status == 0, !output.crashed else {
            throw PDFInspectionError(
                description: "\(tool) \(arguments.joined(separator: " ")) failed (\(output.status)): \(output.stderr)")
        }
        return output.stdout
    }

    private static func withTemporaryFile<T>(_ data: Data, _ body: (URL) throws -> T) throws -> T {
        let directory = try ProcessRunner.temporaryDirectory("seatplan-pdf")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("document.pdf")
        try data.write(to: file)
        return try body(file)
    }
}
