import CPangoCairo
import Foundation

/// Collects the bytes Cairo writes for a PDF stream surface, up to a size limit.
///
/// Cairo calls ``writeCallback`` with this object as its closure pointer (unretained): the
/// ``CairoPDFSurface`` that registers it holds a strong reference, so it outlives the surface.
final class PDFOutputBuffer {
    /// Everything written so far.
    private(set) var data = Data()
    /// The most bytes accepted; past this the write fails with `CAIRO_STATUS_WRITE_ERROR`.
    let maximumBytes: Int

    init(maximumBytes: Int) {
        self.maximumBytes = maximumBytes
    }

    /// Appends `count` bytes, or refuses them when the limit would be passed.
    func append(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        guard count <= maximumBytes - data.count else { return false }
        data.append(bytes, count: count)
        return true
    }

    /// The `cairo_write_func_t` that forwards Cairo's output to the buffer behind `closure`.
    static let writeCallback: cairo_write_func_t = { closure, bytes, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        guard let bytes else { return length == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR }
        let buffer = Unmanaged<PDFOutputBuffer>.fromOpaque(closure).takeUnretainedValue()
        return buffer.append(bytes, count: Int(length)) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
    }
}
