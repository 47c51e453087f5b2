import DiscussionGroups
import Foundation
import Render
import SeatPlanCore

extension DemoRun {
    /// The demo's discussion groups, when the meeting file names rooms and group rules: forms
    /// them from the pulled roster, writes groups.json and the group lists, and returns the
    /// summary line (`nil` without rooms or rules).
    func formGroups(_ roster: Roster, meeting: MeetingFile) throws -> String? {
        guard let roomsURL = meeting.rooms, let rulesURL = meeting.groupRules else { return nil }
        let rooms = try VenueFile.read(contentsOf: roomsURL)
        let rules = try RulesFile.read(contentsOf: rulesURL)
        let plan = try DiscussionGroupPlanner(rules: rules, rooms: rooms).plan(roster, meeting: meeting.title)
        let json = outputFolder.appendingPathComponent("groups.json")
        let pdf = outputFolder.appendingPathComponent("groups.pdf")
        try CommandFiles.write(try plan.jsonData(), to: json)
        let title = ChartTitle(meeting: meeting.title, venue: rooms.name, date: meeting.date, planVersion: "")
        try CommandFiles.write(try GroupLists.render(plan, options: RenderOptions(title: title)), to: pdf)
        let sizes = plan.groups.map(\.members.count)
        return
            "\(plan.groups.count) discussion groups of \(sizes.min() ?? 0)–\(sizes.max() ?? 0) by "
            + "\(plan.groupBy.rawValue) in \(rooms.name), \(plan.quality.status) → \(json.relativePath), "
            + "\(pdf.relativePath)"
    }
}
