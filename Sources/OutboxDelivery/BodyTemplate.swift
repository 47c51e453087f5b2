import Foundation

/// A gateway request template with `{{to}}`, `{{text}}`, `{{key}}` and `{{unit}}` placeholders,
/// filled with values escaped for JSON string content or for a form / query string.
public struct BodyTemplate: Sendable, Equatable {
    /// The placeholders a template may use.
    public static let placeholders: Set<String> = ["to", "text", "key", "unit"]

    /// The template text.
    public let text: String

    /// Wraps template text.
    public init(_ text: String) {
        self.text = text
    }

    /// The names of the placeholders used, in order of appearance (unknown ones included).
    public var usedPlaceholders: [String] {
        pieces.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }

    /// The template filled with `values`, each escaped per `escaping`; unknown placeholders
    /// become empty.
    public func render(_ values: [String: String], escaping: GatewaySettings.ContentType) -> String {
        pieces.map { piece in
            switch piece {
            case .literal(let text): text
            case .placeholder(let name):
                switch escaping {
                case .json: Self.jsonEscaped(values[name] ?? "")
                case .form: Self.formEscaped(values[name] ?? "")
                }
            }
        }.joined()
    }

    enum Piece: Equatable {
        case literal(String)
        case placeholder(String)
    }

    var pieces: [Piece] {
        var result: [Piece] = []
        var rest = text[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            if open.lowerBound > rest.startIndex { result.append(.literal(String(rest[..<open.lowerBound]))) }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            result.append(.placeholder(name))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { result.append(.literal(String(rest))) }
        return result
    }

    /// `value` as the content of a JSON string (without the quotes).
    static func jsonEscaped(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// `value` percent-encoded for a form body or query (only unreserved characters stay).
    static func formEscaped(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }
}
