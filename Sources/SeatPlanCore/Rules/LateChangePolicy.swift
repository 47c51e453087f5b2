/// What happens on the rostrum when a leader drops out (docs/protocol.md §6).
public enum RostrumAbsence: String, Sendable, Codable, CaseIterable {
    /// Everyone left is re-ranked and the rows laid out afresh: no gaps, parity may flip. The default.
    case recompute
    /// The absent chair is removed and the row closes up, everyone keeping their order.
    case removeAndClose = "remove_and_close"
}

/// What happens in the auditorium when someone drops out (docs/protocol.md §6).
public enum AuditoriumAbsence: String, Sendable, Codable, CaseIterable {
    /// The seat stays empty: passes are printed. The default.
    case leaveEmpty = "leave_empty"
    /// The unit closes up inside its own block, so its empty seats end up at the block's end.
    case compactWithinUnit = "compact_within_unit"
}

/// How late changes are re-planned (rules keys `rostrum_absence`, `auditorium_absence`, `frozen`).
public struct LateChangePolicy: Sendable, Equatable, Codable {
    /// Rostrum absences.
    public var rostrumAbsence: RostrumAbsence
    /// Auditorium absences.
    public var auditoriumAbsence: AuditoriumAbsence
    /// Passes are printed: nobody moves to another unit's seats, and nobody who need not move
    /// is moved. Late arrivals who find no seat in or beside their unit's block take the
    /// nearest free seat.
    public var frozen: Bool

    /// Creates a policy; the defaults are docs/protocol.md's.
    public init(
        rostrumAbsence: RostrumAbsence = .recompute, auditoriumAbsence: AuditoriumAbsence = .leaveEmpty,
        frozen: Bool = false
    ) {
        self.rostrumAbsence = rostrumAbsence
        self.auditoriumAbsence = auditoriumAbsence
        self.frozen = frozen
    }

    enum CodingKeys: String, CodingKey {
        case rostrumAbsence = "rostrum_absence"
        case auditoriumAbsence = "auditorium_absence"
        case frozen
    }
}
