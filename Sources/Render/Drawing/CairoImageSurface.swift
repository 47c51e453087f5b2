import CPangoCairo

/// The sole owner of one image `cairo_surface_t` (pixels in memory), e.g. a QR code's modules
/// to be painted scaled onto a page.
final class CairoImageSurface {
    let pointer: OpaquePointer
    let width: Int
    let height: Int

    /// A `width` × `height` surface of 24-bit RGB pixels (all black at first), or `nil` when
    /// Cairo cannot make one (no memory, a size out of range).
    init?(width: Int, height: Int) {
        guard width > 0, height > 0, width <= 32_767, height <= 32_767,
            let pointer = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))
        else { return nil }
        guard cairo_surface_status(pointer) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(pointer)
            return nil
        }
        self.pointer = pointer
        self.width = width
        self.height = height
    }

    deinit { cairo_surface_destroy(pointer) }

    /// Sets every pixel to white (`true`) or black from `isWhite(x, y)`; `false` when the
    /// surface has no pixel memory.
    func setPixels(_ isWhite: (Int, Int) -> Bool) -> Bool {
        cairo_surface_flush(pointer)
        guard let data = cairo_image_surface_get_data(pointer) else { return false }
        let stride = Int(cairo_image_surface_get_stride(pointer))
        // RGB24 pixels are 32-bit words in native byte order, the top byte unused; rows are
        // `stride` bytes apart (a multiple of 4).
        let raw = UnsafeMutableRawPointer(data)
        for y in 0..<height {
            let row = (raw + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { row[x] = isWhite(x, y) ? 0x00FF_FFFF : 0 }
        }
        cairo_surface_mark_dirty(pointer)
        return true
    }
}
