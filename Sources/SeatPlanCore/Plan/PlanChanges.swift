/// What a re-plan (`seatplan reseat`) changed, and the standing facts later checks and
/// re-plans need: the `changes` object of a re-planned PLAN.json.
///
/// `moved`, `seated`, `unseated`, `cards_to_reprint` and `moves` describe this re-plan against
/// the plan it started from. `policy`, `vacated`, `blocked`, `pins` and `exempt` stand for the
/// plan itself and carry over to the next re-plan; `seatplan check` reads them (docs/planning-rules.md,
/// "Re-planned plans").
public struct PlanChanges: Sendable, Equatable, Codable {
    /// The absence policies the plan was re-planned under.
    public var policy: LateChangePolicy
    /// People who had a seat before and have another one now.
    public var moved: [SeatMove]
    /// People who have a seat now and had none before (late arrivals, substitutes).
    public var seated: [SeatChange]
    /// People who had a seat before and have none now (cancelled, replaced, or no room).
    public var unseated: [SeatChange]
    /// Ids of everyone whose name card must be printed again: seated, moved, or card text changed.
    public var cardsToReprint: [String]
    /// The number of people moved (`moved.count`).
    public var moves: Int
    /// The moves weighted by disruption: a rostrum leader 5, a move to another floor 3, else 1.
    public var moveCost: Double
    /// A proven lower bound on `moveCost` over every protocol-correct plan of the model.
    public var moveBound: Double
    /// `optimal` when `moveCost` equals `moveBound`, else `feasible`.
    public var status: PlanStatus
    /// Hall seats left empty by absences (`leave_empty`) and still empty: seat id → the unit
    /// whose block it lies in.
    public var vacated: [String: String]
    /// Seats taken out of use by `block_seat`.
    public var blocked: [String]
    /// Pins made by late changes (attendee id → seat id), on top of the rules file's.
    public var pins: [String: String]
    /// People seated outside the unit order on purpose: substitutes in the seat of the person
    /// they replace, and late arrivals in a frozen plan who found no seat beside their unit.
    public var exempt: [String]

    /// Creates a record.
    public init(
        policy: LateChangePolicy, moved: [SeatMove] = [], seated: [SeatChange] = [], unseated: [SeatChange] = [],
        cardsToReprint: [String] = [], moveCost: Double = 0, moveBound: Double = 0,
        vacated: [String: String] = [:], blocked: [String] = [], pins: [String: String] = [:], exempt: [String] = []
    ) {
        self.policy = policy
        self.moved = moved
        self.seated = seated
        self.unseated = unseated
        self.cardsToReprint = cardsToReprint
        moves = moved.count
        self.moveCost = moveCost
        self.moveBound = moveBound
        status = moveCost <= moveBound + 1e-9 ? .optimal : .feasible
        self.vacated = vacated
        self.blocked = blocked
        self.pins = pins
        self.exempt = exempt
    }

    enum CodingKeys: String, CodingKey {
        case policy, moved, seated, unseated, moves, status, vacated, blocked, pins, exempt
        case cardsToReprint = "cards_to_reprint"
        case moveCost = "move_cost"
        case moveBound = "move_bound"
    }
}

/// One person moved from one seat to another.
public struct SeatMove: Sendable, Equatable, Codable {
    /// The attendee's id.
    public var attendee: String
    /// The attendee's name.
    public var name: String
    /// The seat id before.
    public var from: String
    /// The seat id now.
    public var to: String
    /// The printed label of the seat before, e.g. "一楼 3排15号".
    public var fromLabel: String
    /// The printed label of the seat now.
    public var toLabel: String

    /// Creates a move.
    public init(attendee: String, name: String, from: String, to: String, fromLabel: String, toLabel: String) {
        self.attendee = attendee
        self.name = name
        self.from = from
        self.to = to
        self.fromLabel = fromLabel
        self.toLabel = toLabel
    }

    enum CodingKeys: String, CodingKey {
        case attendee, name, from, to
        case fromLabel = "from_label"
        case toLabel = "to_label"
    }
}

/// One person given a seat, or losing one.
public struct SeatChange: Sendable, Equatable, Codable {
    /// The attendee's id.
    public var attendee: String
    /// The attendee's name.
    public var name: String
    /// The seat id they take, or left.
    public var seat: String
    /// The seat's printed label.
    public var label: String
    /// Why, in words: "cancelled", "replaced by 李华 (A9002)", "substitute for 王五 (A0456)", "added".
    public var reason: String

    /// Creates an entry.
    public init(attendee: String, name: String, seat: String, label: String, reason: String) {
        self.attendee = attendee
        self.name = name
        self.seat = seat
        self.label = label
        self.reason = reason
    }
}
