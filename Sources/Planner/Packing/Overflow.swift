import SeatPlanCore

/// Trims groups of people to a number of seats: the last people in order lose their seats, each
/// listed with `reason`, and a group cut to nothing disappears.
enum Overflow {
    static func trim(_ groups: inout [[Attendee]], toSeats seats: Int, reason: String) -> [UnseatedAttendee] {
        var excess = groups.reduce(0) { $0 + $1.count } - seats
        var unseated: [UnseatedAttendee] = []
        while excess > 0, var last = groups.popLast() {
            let cut = min(excess, last.count)
            unseated = last.suffix(cut).map { UnseatedAttendee(attendee: $0.id, reason: reason) } + unseated
            last.removeLast(cut)
            if !last.isEmpty { groups.append(last) }
            excess -= cut
        }
        return unseated
    }
}
