/// The word printed at the head of a pass.
public enum PassWording: String, Sendable, Equatable, CaseIterable {
    /// 座位证: the pass admits its holder and names the seat (the default, since every pass
    /// carries a seat).
    case seat
    /// 入场证: the pass is chiefly an admission ticket (the seat is still printed).
    case entry

    /// The printed word: "座位证" or "入场证".
    public var text: String {
        switch self {
        case .seat: "座位证"
        case .entry: "入场证"
        }
    }
}
