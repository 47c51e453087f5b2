import Foundation

/// Why a document could not be laid out, rendered or written.
///
/// Cairo's sticky error statuses are surfaced as ``cairo(status:while:)`` with Cairo's own
/// message for the status (the drawing layer maps it), so a failure names both the step and
/// the cause.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// A custom paper size is not usable (not positive, not finite, or beyond the PDF limit).
    case invalidPaperSize(widthMillimetres: Double, heightMillimetres: Double, reason: String)
    /// A page size in points is not usable.
    case invalidPageSize(width: Double, height: Double, reason: String)
    /// A paper name (e.g. from `--paper`) is not one of the known ISO sizes.
    case unknownPaperName(String)
    /// Cairo reported an error status while doing `step`.
    case cairo(status: String, while: String)
    /// A page was added or drawn after the document was finished.
    case documentFinished
    /// There is nothing to draw, e.g. a rostrum chart for a plan with no rostrum seats.
    case nothingToRender(String)
    /// The output file could not be written; `path` is the file the caller asked for.
    case cannotWrite(path: String, reason: String)
    /// The plan names seats the venue does not have (it was made for another venue or version).
    case planDoesNotMatchVenue(venue: String, missingSeats: [String])
    /// A QR code could not be made: the text is empty or too long, or libqrencode failed.
    case cannotEncodeQRCode(String)
    /// A seated attendee has no signed code, so no pass can be printed for them.
    case missingPassCode(attendee: String, name: String)

    /// A one-line message a planner can act on.
    public var description: String {
        switch self {
        case .invalidPaperSize(let width, let height, let reason):
            return "invalid paper size \(width) × \(height) mm: \(reason)"
        case .invalidPageSize(let width, let height, let reason):
            return "invalid page size \(width) × \(height) pt: \(reason)"
        case .unknownPaperName(let name):
            return "unknown paper size '\(name)' (expected one of A4, A3, A2, A1, A0)"
        case .cairo(let status, let step):
            return "PDF rendering failed while \(step): \(status)"
        case .documentFinished:
            return "the PDF document is already finished; no more pages can be added"
        case .nothingToRender(let what):
            return "nothing to render: \(what)"
        case .planDoesNotMatchVenue(let venue, let missing):
            let shown =
                missing.prefix(5).joined(separator: ", ") + (missing.count > 5 ? " and \(missing.count - 5) more" : "")
            return
                "the plan names \(missing.count) seat(s) that venue '\(venue)' does not have: \(shown); was it made "
                + "for another venue file?"
        case .cannotWrite(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        case .cannotEncodeQRCode(let reason):
            return "cannot make the QR code: \(reason)"
        case .missingPassCode(let attendee, let name):
            return
                "no signed code for attendee '\(attendee)' (\(name)); every pass carries its code, so sign one for "
                + "this person (or leave them out of the plan) and render again"
        }
    }

    /// The same text as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }
}
