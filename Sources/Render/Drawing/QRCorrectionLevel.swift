import CQREncode

/// How much of a QR code may be damaged and still read (ISO/IEC 18004 error correction).
public enum QRCorrectionLevel: String, Sendable, Equatable, CaseIterable {
    /// About 7 % of the code words may be restored.
    case low
    /// About 15 % (the usual level for printed passes).
    case medium
    /// About 25 %.
    case quartile
    /// About 30 %.
    case high

    /// libqrencode's constant for the level.
    var qrecLevel: QRecLevel {
        switch self {
        case .low: QR_ECLEVEL_L
        case .medium: QR_ECLEVEL_M
        case .quartile: QR_ECLEVEL_Q
        case .high: QR_ECLEVEL_H
        }
    }

    /// The most bytes a version-40 code holds in 8-bit mode at this level (ISO/IEC 18004 table 7).
    var maximumBytes: Int {
        switch self {
        case .low: 2953
        case .medium: 2331
        case .quartile: 1663
        case .high: 1273
        }
    }
}
