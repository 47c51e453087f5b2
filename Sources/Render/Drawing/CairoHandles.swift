import CPangoCairo

/// The sole owner of one PDF `cairo_surface_t` that streams into a ``PDFOutputBuffer``.
final class CairoPDFSurface {
    let pointer: OpaquePointer
    /// Kept alive for as long as the surface can call the write callback.
    let output: PDFOutputBuffer

    /// Creates a PDF surface writing into `output`, with an initial page size that every page
    /// overrides before drawing.
    init(output: PDFOutputBuffer, initialSize: PageSize) throws(RenderError) {
        self.output = output
        let closure = Unmanaged.passUnretained(output).toOpaque()
        guard
            let pointer = cairo_pdf_surface_create_for_stream(
                PDFOutputBuffer.writeCallback, closure, initialSize.width, initialSize.height)
        else { throw .cairo(status: "no surface was returned", while: "creating the PDF surface") }
        self.pointer = pointer
        let status = cairo_surface_status(pointer)
        if status != CAIRO_STATUS_SUCCESS {
            // The error surface is a static object; destroying it is allowed and a no-op.
            cairo_surface_destroy(pointer)
            throw .cairoFailure(status, while: "creating the PDF surface")
        }
    }

    deinit { cairo_surface_destroy(pointer) }

    /// Cairo's current sticky status for the surface.
    var status: cairo_status_t { cairo_surface_status(pointer) }
}

/// The sole owner of one `cairo_t` drawing on a ``CairoPDFSurface``.
final class CairoContext {
    let pointer: OpaquePointer
    /// Kept alive while the context draws on it (Cairo also holds its own reference).
    let surface: CairoPDFSurface

    init(surface: CairoPDFSurface) throws(RenderError) {
        self.surface = surface
        guard let pointer = cairo_create(surface.pointer) else {
            throw .cairo(status: "no context was returned", while: "creating the drawing context")
        }
        self.pointer = pointer
        let status = cairo_status(pointer)
        if status != CAIRO_STATUS_SUCCESS {
            cairo_destroy(pointer)
            throw .cairoFailure(status, while: "creating the drawing context")
        }
    }

    deinit { cairo_destroy(pointer) }

    /// The first error of the context or its surface, or `nil` when both are fine.
    var firstError: cairo_status_t? {
        let contextStatus = cairo_status(pointer)
        if contextStatus != CAIRO_STATUS_SUCCESS { return contextStatus }
        let surfaceStatus = surface.status
        return surfaceStatus == CAIRO_STATUS_SUCCESS ? nil : surfaceStatus
    }
}
