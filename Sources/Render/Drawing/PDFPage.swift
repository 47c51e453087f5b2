/// One page of a ``PDFDocument`` while it is being drawn, in points with the origin at the
/// top-left corner.
///
/// A page is handed to the closure of ``PDFDocument/addPage(_:draw:)`` and is valid only inside
/// it. Drawing never throws: Cairo records the first error and the document throws it when the
/// page ends.
public struct PDFPage {
    /// The page size in points.
    public let size: PageSize
    let context: CairoContext
    let textLayout: PangoTextLayout

    /// The whole page as a rectangle.
    public var bounds: PageRect { PageRect(x: 0, y: 0, width: size.width, height: size.height) }
}
