/// Errors of `JSONDecoder` in the words the rest of SeatPlan uses: the file, the field's path
/// (`quality.status`, `groups[2].members`) and what is wrong.
extension InputError {
    /// The input error for a decoding failure in `file`.
    public init(decoding error: any Error, file: String, what: String) {
        guard let error = error as? DecodingError else {
            self.init(file: file, "is not \(what): \(error)")
            return
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.init(file: file, field: Self.path(context.codingPath + [key]), "is missing")
        case .valueNotFound(_, let context):
            self.init(file: file, field: Self.path(context.codingPath), "is missing")
        case .typeMismatch(let type, let context):
            self.init(file: file, field: Self.path(context.codingPath), "must be \(Self.noun(for: type))")
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            self.init(file: file, "is not valid JSON: \(context.debugDescription)")
        case .dataCorrupted(let context):
            self.init(
                file: file, field: Self.path(context.codingPath), "is not a valid value: \(context.debugDescription)")
        @unknown default:
            self.init(file: file, "is not \(what): \(error)")
        }
    }

    /// `groups[2].members`, from a coding path.
    private static func path(_ keys: [any CodingKey]) -> String? {
        let path = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        let trimmed = path.hasPrefix(".") ? String(path.dropFirst()) : path
        return trimmed.isEmpty ? nil : trimmed
    }

    /// "a string", "a whole number", … as ``JSONField`` words its type errors.
    private static func noun(for type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "a list"
        case is [String: Any].Type: "an object"
        default: "\(type)"
        }
    }
}
