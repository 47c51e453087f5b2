/// Which side outranks the other (docs/protocol.md R1.1, R1.9).
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

/// Whose left counts when the auditorium alternates from the centre (A2.2 `centre_out`).
public enum LeftReference: String, Sendable, Codable, CaseIterable {
    /// The rostrum's frame: the second person sits at the audience's right of the first. The default.
    case rostrum
    /// The seated person's own frame: the second person sits at the audience's left.
    case seatedPerson = "seated_person"
}

/// How seats at a banquet table are ranked (B3.2–B3.4).
public enum BanquetStyle: String, Sendable, Codable, CaseIterable {
    /// Chinese: host faces the door, second host opposite. The default.
    case cnHost = "cn_host"
    /// International: host at the head, co-host opposite, guests alternating between them.
    case intl
}

/// Where guest 2 sits under the Chinese banquet style (B3.2 / B3.3).
public enum BanquetGuestTwo: String, Sendable, Codable, CaseIterable {
    /// At the host's left (B3.2). The default.
    case hostLeft = "host_left"
    /// At the second host's right (B3.3).
    case secondHostRight = "second_host_right"
}

/// Where the meeting's host (the person tagged `host`, who presides) sits on the rostrum (R1.7).
public enum HostSeat: String, Sendable, Codable, CaseIterable {
    /// By rank, like everyone else. The default.
    case byRank = "by_rank"
    /// At the centre of the front row.
    case frontCentre = "front_centre"
    /// At the end of the front row on the lectern side (the leaders' right, the audience's left).
    case frontEnd = "front_end"
}

/// The protocol settings of `docs/protocol.md`, each with the spec's default.
public struct ProtocolRules: Sendable, Equatable {
    /// cn (default) or intl.
    public var convention: Convention
    /// Layout of even rostrum rows.
    public var evenPair: EvenPair
    /// Alignment of even rostrum rows on the centre line.
    public var evenAlignment: EvenAlignment
    /// Co-equal principals (R1.5): 1 and 2 flank an empty centre chair in the front row.
    public var coPrincipals: Bool
    /// Where the host sits on the rostrum (R1.7).
    public var hostSeat: HostSeat
    /// Whose left counts when hall seats alternate from the centre.
    public var auditoriumLeftReference: LeftReference
    /// How banquet table seats are ranked.
    public var banquetStyle: BanquetStyle
    /// Where guest 2 sits under the Chinese banquet style.
    public var banquetGuestTwo: BanquetGuestTwo

    /// Creates rules; every argument defaults to the spec's default.
    public init(
        convention: Convention = .cn, evenPair: EvenPair = .twoLeftOfOne,
        evenAlignment: EvenAlignment = .centreBetweenOneAndTwo, coPrincipals: Bool = false,
        hostSeat: HostSeat = .byRank, auditoriumLeftReference: LeftReference = .rostrum,
        banquetStyle: BanquetStyle = .cnHost, banquetGuestTwo: BanquetGuestTwo = .hostLeft
    ) {
        self.convention = convention
        self.evenPair = evenPair
        self.evenAlignment = evenAlignment
        self.coPrincipals = coPrincipals
        self.hostSeat = hostSeat
        self.auditoriumLeftReference = auditoriumLeftReference
        self.banquetStyle = banquetStyle
        self.banquetGuestTwo = banquetGuestTwo
    }

    /// Which side of the centre line outranks the other at equal distance in the hall,
    /// as a sign of x: +1 when the audience's right ranks first.
    public var honouredHallSide: Double {
        // cn in the rostrum's frame puts 2 at the leaders' left, the audience's right; each of
        // intl and the seated person's frame mirrors that once.
        let mirrored = (convention == .intl) != (auditoriumLeftReference == .seatedPerson)
        return mirrored ? -1 : 1
    }
}
