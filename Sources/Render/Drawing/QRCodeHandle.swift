import CQREncode

/// The sole owner of one `QRcode` returned by libqrencode; its deinit calls `QRcode_free`.
///
/// Used only inside ``QRCodeMatrix/init(encoding:correction:)``, which copies the modules out
/// and lets the handle go.
final class QRCodeHandle {
    /// The code; never NULL.
    let pointer: UnsafeMutablePointer<QRcode>

    /// Takes ownership of `pointer`.
    init(_ pointer: UnsafeMutablePointer<QRcode>) {
        self.pointer = pointer
    }

    deinit { QRcode_free(pointer) }

    /// The symbol's version (1…40).
    var version: Int { Int(pointer.pointee.version) }

    /// Modules per side (17 + 4 × version).
    var width: Int { Int(pointer.pointee.width) }

    /// Whether each module is dark, row by row from the top left; empty if libqrencode returned
    /// no module data.
    func darkModules() -> [Bool] {
        let count = width * width
        guard count > 0, let data = pointer.pointee.data else { return [] }
        // Bit 0 of each byte is the module's colour (1 = dark); the other bits say what the
        // module is part of (see qrencode.h).
        return UnsafeBufferPointer(start: data, count: count).map { $0 & 1 == 1 }
    }
}
