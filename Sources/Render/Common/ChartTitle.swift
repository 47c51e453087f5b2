/// The title block of a printed chart: what meeting, where, when, and which plan version.
public struct ChartTitle: Sendable, Equatable {
    /// The meeting's title, e.g. "市第十六届人民代表大会第三次会议".
    public var meeting: String
    /// The venue, e.g. "市政会议中心大礼堂".
    public var venue: String
    /// The date as it should be printed, e.g. "2025年3月8日".
    public var date: String
    /// The plan version as it should be printed, e.g. "v3" or "第3稿".
    public var planVersion: String

    /// Creates a title block; empty fields are left out of the chart.
    public init(meeting: String, venue: String, date: String, planVersion: String) {
        self.meeting = meeting
        self.venue = venue
        self.date = date
        self.planVersion = planVersion
    }
}

/// Whose eyes a chart is drawn through (protocol §0). Every chart prints its view label.
public enum ChartView: String, Sendable, Equatable, CaseIterable {
    /// As an audience member facing the stage sees it: x grows to the right of the page,
    /// the stage is at the top and the audience at the bottom.
    case audience
    /// As the seated leaders see it, facing the audience: left and right are mirrored, the
    /// audience is at the top and the front row nearest it.
    case stage

    /// The label printed on the chart: "观众视角" or "主席台视角".
    public var label: String {
        switch self {
        case .audience: return "观众视角"
        case .stage: return "主席台视角"
        }
    }
}
