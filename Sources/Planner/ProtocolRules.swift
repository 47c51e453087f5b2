/// Which side outranks the other (protocol.md R1.1, R1.9).
public enum Convention: String, Sendable, Codable, CaseIterable {
    /// Chinese convention: the leaders' own left outranks their right.
    case cn
    /// International convention: right outranks left (the Chinese layout mirrored).
    case intl
}

/// Who takes which seat of the centre pair when a row has an even number of people (R1.3).
public enum EvenPair: String, Sendable, Codable, CaseIterable {
    /// 1 and 2 take the centre pair, 2 at 1's left (leaders' view). The default.
    case twoLeftOfOne = "two_left_of_one"
    /// 1 takes the left seat of the centre pair (leaders' view), 2 at 1's right.
    case oneLeftOfTwo = "one_left_of_two"
}

/// Where the stage centre line falls in a row with an even number of people (R1.4).
public enum EvenAlignment: String, Sendable, Codable, CaseIterable {
    /// Between 1 and 2. The default.
    case centreBetweenOneAndTwo = "centre_between_1_2"
    /// On 1; the row sticks out one seat on one side.
    case centreOnOne = "centre_on_1"
}

/// The protocol settings of `protocol.md`, each with the spec's default.
public struct ProtocolRules: Sendable, Equatable {
    /// cn (default) or intl.
    public var convention: Convention
    /// Layout of even rostrum rows.
    public var evenPair: EvenPair
    /// Alignment of even rostrum rows on the centre line.
    public var evenAlignment: EvenAlignment

    /// Creates rules; every argument defaults to the spec's default.
    public init(
        convention: Convention = .cn, evenPair: EvenPair = .twoLeftOfOne,
        evenAlignment: EvenAlignment = .centreBetweenOneAndTwo
    ) {
        self.convention = convention
        self.evenPair = evenPair
        self.evenAlignment = evenAlignment
    }
}
