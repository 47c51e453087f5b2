/// A problem in a file a planner gave us, located precisely enough to fix it: the file, the
/// line (1-based) and the field, plus what is wrong and, where we know, how to fix it.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's name or path as the user gave it.
    public let file: String
    /// The 1-based line, when the problem is on one line.
    public let line: Int?
    /// The column, key or field concerned, when there is one.
    public let field: String?
    /// What is wrong, in words a planner can act on.
    public let message: String

    /// Creates an error located in `file`, optionally at `line` and `field`.
    public init(file: String, line: Int? = nil, field: String? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: field 'x': message`, the form compilers use, so editors can jump to it.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if let field { text += "field '\(field)': " }
        return text + message
    }
}

/// Several input errors found in one pass, so a planner can fix them all at once.
public struct InputErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// The errors in file order; never empty.
    public let errors: [InputError]

    /// Wraps a non-empty list of errors.
    public init(_ errors: [InputError]) {
        precondition(!errors.isEmpty, "InputErrors needs at least one error")
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
