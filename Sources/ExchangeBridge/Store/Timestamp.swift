import Foundation

/// The store's one way of writing and reading instants: ISO-8601 in UTC with milliseconds,
/// e.g. `2025-03-01T08:30:00.000Z`, so that text order is time order.
package enum Timestamp {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// The instant as stored text.
    package static func text(_ date: Date) -> String {
        date.formatted(style)
    }

    /// Reads stored text back; `nil` when it is not an ISO-8601 UTC instant.
    static func date(_ text: String) -> Date? {
        try? style.parse(text)
    }

    /// A CHECK clause that keeps `column` in the stored timestamp shape.
    static func check(_ column: String, nullable: Bool = false) -> String {
        let shape = "\(column) GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'"
        return nullable ? "CHECK (\(column) IS NULL OR \(shape))" : "CHECK (\(shape))"
    }
}
