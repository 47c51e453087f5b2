import SeatPlanCore

/// The running header of every list page: the meeting on the left; venue, date and plan
/// version on the right. Fields come from the options' title block and fall back to the plan.
struct SeatListHeader: Equatable {
    /// The meeting, or the venue when the meeting is not known.
    var lead: String
    /// Venue (when not the lead), date and plan version, as given.
    var details: [String]

    init(title: ChartTitle, plan: SeatPlan) {
        let meeting = title.meeting.isEmpty ? (plan.meeting ?? "") : title.meeting
        let venue = title.venue.isEmpty ? plan.venue : title.venue
        lead = meeting.isEmpty ? venue : meeting
        details = [meeting.isEmpty ? "" : venue, title.date, title.planVersion].filter { !$0.isEmpty }
    }

    /// The PDF's document title: the meeting (or venue) and what the document is.
    func documentTitle(_ what: String) -> String {
        [lead, what].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
