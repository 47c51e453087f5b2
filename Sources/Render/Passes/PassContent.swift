import SeatPlanCore

/// What one pass says: who, where they sit, which entrance they use, and the signed code.
public struct PassContent: Sendable, Equatable {
    /// The attendee's roster id (the key of the codes dictionary).
    public var attendee: String
    /// The name as printed (two-character Han names padded: 张　三).
    public var name: String
    /// The attendee's unit; empty when unknown.
    public var unit: String
    /// The seat as staff say it, the plan's seat label: "一楼 3排17号", "主席台 第1排 3号".
    public var seatLabel: String
    /// The entrance (入口) to use (see ``PassEntrance``).
    public var entrance: String
    /// The text the QR code carries, exactly as given.
    public var code: String

    /// Creates the content of a pass.
    public init(attendee: String, name: String, unit: String, seatLabel: String, entrance: String, code: String) {
        self.attendee = attendee
        self.name = name
        self.unit = unit
        self.seatLabel = seatLabel
        self.entrance = entrance
        self.code = code
    }

    /// The pass of the seated `entry` in `venue`, carrying `code`.
    init(entry: PlacedPlan.Entry, venue: Venue, code: String) {
        let assignment = entry.assignment
        self.init(
            attendee: assignment.attendee, name: NameTypography.padded(assignment.name),
            unit: assignment.unit.trimmingWhitespace, seatLabel: assignment.label,
            entrance: PassEntrance.text(for: entry, venue: venue), code: code)
    }
}
