import CPangoCairo
import Foundation

/// A PDF document rendered in memory with Cairo and Pango, one page at a time.
///
/// Pages may each have their own size. Drawing happens inside ``addPage(_:draw:)`` on a
/// ``PDFPage``; Cairo's sticky errors are checked after every page and when finishing, and
/// are thrown as ``RenderError/cairo(status:while:)``. Finish with ``finish()`` for the bytes
/// or ``write(to:)`` for an atomically written file.
///
/// ```swift
/// let document = try PDFDocument(metadata: PDFMetadata(title: "座次图"))
/// try document.addPage(PaperSize.a4.pageSize(.portrait)) { page in
///     page.drawText("主席台", in: PageRect(x: 50, y: 50, width: 200, height: 40),
///                   style: TextStyle(size: 20))
/// }
/// try document.write(to: URL(fileURLWithPath: "chart.pdf"))
/// ```
///
/// A document is not thread-safe: use it from one task at a time.
public final class PDFDocument {
    /// Output past this size is refused unless the caller sets another limit: 1 GiB.
    public static let defaultMaximumOutputBytes = 1 << 30

    private let surface: CairoPDFSurface
    private let context: CairoContext
    private let textLayout: PangoTextLayout
    private var finishedData: Data?

    /// How many pages have been added.
    public private(set) var pageCount = 0

    /// Starts an empty document.
    ///
    /// - Parameters:
    ///   - metadata: title, creator ("SeatPlan" by default) and other document information.
    ///   - maximumOutputBytes: a guard against runaway output; writing past it fails with a
    ///     Cairo write error.
    /// - Throws: ``RenderError/cairo(status:while:)`` when Cairo cannot create the surface.
    public init(
        metadata: PDFMetadata = PDFMetadata(),
        maximumOutputBytes: Int = PDFDocument.defaultMaximumOutputBytes
    ) throws(RenderError) {
        let output = PDFOutputBuffer(maximumBytes: max(0, maximumOutputBytes))
        surface = try CairoPDFSurface(output: output, initialSize: PaperSize.a4.pageSize(.portrait))
        context = try CairoContext(surface: surface)
        textLayout = try PangoTextLayout(context: context)
        apply(metadata)
    }

    /// Adds a page of `size` points and lets `draw` draw on it.
    ///
    /// The page ends when `draw` returns. If `draw` throws, the page is ended as drawn so far
    /// and the error is passed on; the document should then be discarded.
    ///
    /// - Throws: ``RenderError/invalidPageSize(width:height:reason:)`` for an unusable size,
    ///   ``RenderError/documentFinished`` after ``finish()``,
    ///   ``RenderError/cairo(status:while:)`` when Cairo fails on this page, or what `draw` throws.
    public func addPage(_ size: PageSize, draw: (PDFPage) throws -> Void) throws {
        guard finishedData == nil else { throw RenderError.documentFinished }
        if let problem = size.problem {
            throw RenderError.invalidPageSize(width: size.width, height: size.height, reason: problem)
        }
        try checkStatus(while: "starting page \(pageCount + 1)")
        cairo_pdf_surface_set_size(surface.pointer, size.width, size.height)
        pageCount += 1
        let page = PDFPage(size: size, context: context, textLayout: textLayout)
        do {
            try draw(page)
        } catch {
            cairo_show_page(context.pointer)
            throw error
        }
        cairo_show_page(context.pointer)
        try checkStatus(while: "drawing page \(pageCount)")
    }

    /// Completes the document and returns its PDF bytes; later calls return the same bytes.
    ///
    /// - Throws: ``RenderError/nothingToRender(_:)`` when no page was added,
    ///   ``RenderError/cairo(status:while:)`` when Cairo fails to complete the file.
    public func finish() throws(RenderError) -> Data {
        if let finishedData { return finishedData }
        guard pageCount > 0 else { throw .nothingToRender("the document has no pages") }
        try checkStatus(while: "ending page \(pageCount)")
        cairo_surface_finish(surface.pointer)
        try checkStatus(while: "finishing the document")
        let data = surface.output.data
        finishedData = data
        return data
    }

    /// Completes the document and writes it to `url` atomically: a temporary file in the same
    /// folder is renamed into place, so no partial file is ever left at `url`.
    ///
    /// - Throws: what ``finish()`` throws, or ``RenderError/cannotWrite(path:reason:)`` naming
    ///   the path when the file cannot be written.
    public func write(to url: URL) throws(RenderError) {
        let data = try finish()
        try AtomicFileWriter.write(data, to: url)
    }

    /// Throws the first sticky Cairo error, naming `step`.
    private func checkStatus(while step: String) throws(RenderError) {
        if let status = context.firstError {
            throw .cairoFailure(status, while: step)
        }
    }

    private func apply(_ metadata: PDFMetadata) {
        let entries: [(cairo_pdf_metadata_t, String?)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title),
            (CAIRO_PDF_METADATA_CREATOR, metadata.creator),
            (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject),
        ]
        for (key, value) in entries {
            if let value, !value.isEmpty { cairo_pdf_surface_set_metadata(surface.pointer, key, value) }
        }
    }
}
