import ArgumentParser
import ExchangeBridge
import Foundation

/// `seatplan store status --db FILE [--deadline ISO8601]`.
struct StoreStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show per unit whether its roster is in, when, and rows accepted and rejected; totals; late units.",
        discussion: """
            One tab-separated line per unit in official order: order, unit, state (submitted, \
            late, outstanding, missing), time received (UTC), submission version, rows accepted, \
            rows rejected. A unit is late when its first readable roster arrived after the \
            deadline, missing when it has none and the deadline has passed.
            """)

    @OptionGroup var location: StoreLocation

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Submission deadline, ISO 8601 with a zone (e.g. 2025-03-01T18:00:00+08:00).", valueName: "ISO8601"))
    var deadline: String?

    func run() async throws {
        let due = try DeadlineOption.parse(deadline)
        let (store, meeting) = try await location.openMeeting(as: "store status")
        let overview = try await store.submissionOverview(meeting: meeting.id, deadline: due)
        print("meeting '\(meeting.name)'" + (due.map { ", deadline \(StoreText.time($0))" } ?? ""))
        print(["order", "unit", "state", "received", "version", "accepted", "rejected"].joined(separator: "\t"))
        for line in overview.units {
            let current = line.current
            var cells = [String(line.unit.details.officialOrder), line.unit.details.name, line.state.rawValue]
            cells += [StoreText.time(current?.receivedAt), current.map { "v\($0.version)" } ?? "-"]
            cells += [current.map { String($0.acceptedCount) } ?? "-", current.map { String($0.rejectedCount) } ?? "-"]
            if current == nil, let latest = line.latest, latest.status == .failed {
                cells.append("last file unreadable: \(latest.failureReason ?? "")")
            }
            print(cells.joined(separator: "\t"))
        }
        print(
            "totals: \(overview.submittedCount) of \(overview.units.count) units submitted, "
                + "\(StoreText.count(overview.acceptedRows)) rows accepted, \(StoreText.count(overview.rejectedRows)) "
                + "rejected"
                + (due == nil ? "" : "; \(overview.late.count) late, \(overview.missing.count) missing"))
        if !overview.late.isEmpty { print("late: " + overview.late.map(\.unit.details.name).joined(separator: ", ")) }
        if !overview.missing.isEmpty {
            print("missing: " + overview.missing.map(\.unit.details.name).joined(separator: ", "))
        }
    }
}

/// `seatplan store remind --db FILE [--deadline ISO8601]`.
struct StoreRemindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Queue a reminder (催报) in the outbox for every unit that has not submitted.",
        discussion: "Once per unit per deadline: running it again queues nothing new; a new deadline reminds again.")

    @OptionGroup var location: StoreLocation

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Submission deadline the reminder names, ISO 8601 with a zone.", valueName: "ISO8601"))
    var deadline: String?

    func run() async throws {
        let due = try DeadlineOption.parse(deadline)
        let (store, meeting) = try await location.openMeeting(as: "store remind")
        let result = try await store.queueReminders(meeting: meeting.id, deadline: due, units: nil)
        let forDeadline = due.map { " for deadline \(StoreText.time($0))" } ?? ""
        print(
            "meeting '\(meeting.name)': \(result.queued.count) reminders queued\(forDeadline), "
                + "\(result.alreadyQueued.count) already queued, \(result.submittedCount) units have submitted")
        if !result.queued.isEmpty { print("reminded: " + result.queued.joined(separator: ", ")) }
    }
}
