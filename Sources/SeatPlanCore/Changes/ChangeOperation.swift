/// Where a change came from: its place in the CHANGES list and the line it starts on.
public struct ChangeSource: Sendable, Hashable, CustomStringConvertible {
    /// 1-based position in the list of changes; 0 when the change was built in code.
    public var position: Int
    /// 1-based line in the CHANGES file, when read from one.
    public var line: Int?

    /// Creates a source; the defaults describe a change built in code.
    public init(position: Int = 0, line: Int? = nil) {
        self.position = position
        self.line = line
    }

    /// "line 3", or "change 3" when there is no line.
    public var description: String {
        if let line { return "line \(line)" }
        return position > 0 ? "change \(position)" : "change"
    }
}

/// A person sent in place of an absent attendee (代会).
public struct Substitute: Sendable, Equatable {
    /// The substitute's own roster id (must be new).
    public var id: String
    /// The substitute's name as printed.
    public var name: String
    /// The substitute's own post (职务); `nil` prints no post rather than the absent person's.
    public var title: String?
    /// The substitute's own precedence; `nil` keeps the absent person's.
    public var precedence: Int?

    /// Creates a substitute.
    public init(id: String, name: String, title: String? = nil, precedence: Int? = nil) {
        self.id = id
        self.name = name
        self.title = title
        self.precedence = precedence
    }
}

/// One late change to a meeting (docs/protocol.md §6), as written in a CHANGES file.
///
/// Every case ends with `at:`, the change's position and line, so that problems can be
/// reported where the planner wrote them; it defaults to "built in code".
public enum ChangeOperation: Sendable, Equatable {
    /// The attendee will not come.
    case cancel(attendee: String, at: ChangeSource = ChangeSource())
    /// A new attendee comes.
    case add(Attendee, at: ChangeSource = ChangeSource())
    /// The attendee sends someone in their place: in the hall the substitute takes the absent
    /// person's seat; on the rostrum they are re-ranked by their own post's precedence.
    case substitute(attendee: String, by: Substitute, at: ChangeSource = ChangeSource())
    /// The seat must not be used (broken, reserved).
    case blockSeat(seat: String, at: ChangeSource = ChangeSource())
    /// The attendee must sit in this seat.
    case pin(attendee: String, seat: String, at: ChangeSource = ChangeSource())
    /// The attendee's role changes, optionally with a new precedence.
    case setRole(attendee: String, role: Role, precedence: Int?, at: ChangeSource = ChangeSource())

    /// The operation names used in CHANGES files, in documentation order.
    public static let names = ["cancel", "add", "substitute", "block_seat", "pin", "set_role"]

    /// The operation's name as written in a CHANGES file (`block_seat`, …).
    public var name: String {
        switch self {
        case .cancel: "cancel"
        case .add: "add"
        case .substitute: "substitute"
        case .blockSeat: "block_seat"
        case .pin: "pin"
        case .setRole: "set_role"
        }
    }

    /// Where the change came from.
    public var source: ChangeSource {
        switch self {
        case .cancel(_, let source), .add(_, let source), .substitute(_, _, let source), .blockSeat(_, let source),
            .pin(_, _, let source), .setRole(_, _, _, let source):
            source
        }
    }

    /// The same change placed at `source`.
    public func located(at source: ChangeSource) -> ChangeOperation {
        switch self {
        case .cancel(let attendee, _): .cancel(attendee: attendee, at: source)
        case .add(let attendee, _): .add(attendee, at: source)
        case .substitute(let attendee, let substitute, _): .substitute(attendee: attendee, by: substitute, at: source)
        case .blockSeat(let seat, _): .blockSeat(seat: seat, at: source)
        case .pin(let attendee, let seat, _): .pin(attendee: attendee, seat: seat, at: source)
        case .setRole(let attendee, let role, let precedence, _):
            .setRole(attendee: attendee, role: role, precedence: precedence, at: source)
        }
    }

    /// The same change without its position and line, to compare what two changes do.
    public var unlocated: ChangeOperation { located(at: ChangeSource()) }

    /// A short summary in the file's words, e.g. "cancel A0123" or "pin A0789 to h1-3-15".
    public var summary: String {
        switch self {
        case .cancel(let attendee, _): "cancel \(attendee)"
        case .add(let attendee, _): "add \(attendee.id)"
        case .substitute(let attendee, let substitute, _): "substitute \(attendee) by \(substitute.id)"
        case .blockSeat(let seat, _): "block_seat \(seat)"
        case .pin(let attendee, let seat, _): "pin \(attendee) to \(seat)"
        case .setRole(let attendee, let role, _, _): "set_role \(attendee) to \(role.rawValue)"
        }
    }
}
