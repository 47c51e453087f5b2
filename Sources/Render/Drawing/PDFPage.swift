/// One page of a ``PDFDocument`` while it is being drawn, in points with the origin at the
/// top-left corner.
///
/// A page is handed to the closure of ``PDFDocument/addPage(_:draw:)`` and is valid only inside
/// it. Drawing never throws: Cairo records the first error and the document throws it when the
/// page ends.
public struct PDFPage {
    /// The page size in points.
    public let size: PageSize
    /// The Cairo context the page draws with; used only by the drawing layer (`Drawing/`).
    /// Document kinds draw through the page's methods and its scoped helpers such as
    /// ``withRotation(_:around:_:)`` and ``withClip(_:_:)``.
    let context: CairoContext
    /// The Pango layout shared by all text on the page; used only by the drawing layer.
    let textLayout: PangoTextLayout

    /// The whole page as a rectangle.
    public var bounds: PageRect { PageRect(x: 0, y: 0, width: size.width, height: size.height) }
}
