/// PLAN.json read by hand for speed, accepting exactly what the `Codable` conformances accept:
/// the same keys, optionals missing or `null`, unknown keys ignored.
extension SeatPlan {
    /// The plan whose assignments were read already (see `decode`) and whose other members are `root`.
    init(json root: JSONField, assignments: [SeatAssignment]) throws(InputError) {
        let schema = try root.required("schema").string()
        var unseated: [UnseatedAttendee] = []
        for element in try root.required("unseated").elements() {
            unseated.append(UnseatedAttendee(attendee: try element.required("attendee").string(), reason: try element.required("reason").string()))
        }
        self.init(
            venue: try root.required("venue").string(), convention: try root.required("convention").string(),
            meeting: try root.optional("meeting")?.string(), assignments: assignments, unseated: unseated,
            quality: try PlanQuality(json: root.required("quality")))
        self.schema = schema
        notes = try root.optional("notes")?.strings()
        changes = try root.optional("changes").map { field throws(InputError) in try PlanChanges(json: field) }
    }
}

extension PlanQuality {
    init(json field: JSONField) throws(InputError) {
        self.init(
            status: try field.required("status").choice(PlanStatus.self), objective: try field.required("objective").double(),
            bound: try field.required("bound").double(), gap: try field.required("gap").double(),
            protocolViolations: try field.required("protocol_violations").integer(),
            unitSplits: try field.required("unit_splits").integer(), solveMilliseconds: try field.required("solve_ms").integer())
    }
}

extension PlanChanges {
    init(json field: JSONField) throws(InputError) {
        let policy = try field.required("policy")
        var moved: [SeatMove] = []
        for element in try field.required("moved").elements() {
            moved.append(SeatMove(
                attendee: try element.required("attendee").string(), name: try element.required("name").string(),
                from: try element.required("from").string(), to: try element.required("to").string(),
                fromLabel: try element.required("from_label").string(), toLabel: try element.required("to_label").string()))
        }
        func changes(_ key: String) throws(InputError) -> [SeatChange] {
            var result: [SeatChange] = []
            for element in try field.required(key).elements() {
                result.append(SeatChange(
                    attendee: try element.required("attendee").string(), name: try element.required("name").string(),
                    seat: try element.required("seat").string(), label: try element.required("label").string(),
                    reason: try element.required("reason").string()))
            }
            return result
        }
        self.init(
            policy: LateChangePolicy(
                rostrumAbsence: try policy.required("rostrum_absence").choice(RostrumAbsence.self),
                auditoriumAbsence: try policy.required("auditorium_absence").choice(AuditoriumAbsence.self),
                frozen: try policy.required("frozen").boolean()),
            moved: moved, seated: try changes("seated"), unseated: try changes("unseated"),
            cardsToReprint: try field.required("cards_to_reprint").strings(), moveCost: try field.required("move_cost").double(),
            moveBound: try field.required("move_bound").double(), vacated: try field.required("vacated").stringMap(),
            blocked: try field.required("blocked").strings(), pins: try field.required("pins").stringMap(),
            exempt: try field.required("exempt").strings())
        moves = try field.required("moves").integer()
        status = try field.required("status").choice(PlanStatus.self)
    }
}
