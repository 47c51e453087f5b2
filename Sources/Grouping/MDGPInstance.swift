import Foundation
import SeatPlanCore

/// An instance of MDGPLIB, the standard Maximally Diverse Grouping Problem library
/// (Gallego, Laguna, Martí & Duarte, JORS 64 (2013)).
///
/// The file format: a header line `n G ss|ds a_1 b_1 … a_G b_G` (the size bounds of each group;
/// `ss` means all groups have the same size), then one line `i j d_ij` per unordered pair,
/// 0-based, `n(n−1)/2` lines.
public struct MDGPInstance: Sendable {
    /// The file's name without its extension, e.g. `RanReal_n120_ss_01`.
    public let name: String
    /// The grouping problem the file describes.
    public let problem: GroupingProblem

    /// Creates an instance from its parts.
    public init(name: String, problem: GroupingProblem) {
        self.name = name
        self.problem = problem
    }

    /// Reads and validates an MDGPLIB file.
    ///
    /// - Throws: ``InputError`` naming the file, the line (1-based) and the field of the first
    ///   problem: unreadable file, malformed header, bad number, index out of range, a pair given
    ///   twice or missing, or sizes that cannot fit.
    public static func read(contentsOf url: URL) throws(InputError) -> MDGPInstance {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw InputError(file: url.relativePath, "cannot read the file: \(readReason(error))")
        }
        let name = url.deletingPathExtension().lastPathComponent
        let problem = try MDGPInstanceParser(file: url.relativePath).parse(data)
        return MDGPInstance(name: name, problem: problem)
    }

    private static func readReason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoSuchFileError {
            return "No such file or directory"
        }
        return nsError.localizedDescription
    }
}
