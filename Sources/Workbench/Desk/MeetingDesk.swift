import ExchangeBridge
import Foundation
import HTTPTypes
import OfficeKeys
import PlanningPipeline
import SeatPlanCore
import Synchronization

/// The workbench's way into the store: meetings with their venues, and plan versions, read once
/// and kept (plan versions never change once stored, so a cached one is never stale).
final class MeetingDesk: Sendable {
    /// The store every server process shares.
    let store: any ExchangeStorage
    /// Pages subscribed to live events (here and, on a shared store, on the other servers).
    let events: EventHub
    /// Uploaded rosters' store writes, committed in groups (see ``RosterCommitQueue``).
    let rosterCommits: RosterCommitQueue
    /// The open check-in desks, one per meeting (dropped when a new plan version is announced).
    let doors = DoorDesks()
    /// Runs inside a late change's store transaction before it commits (crash tests only).
    let beforeCommit: (@Sendable () -> Void)?

    private let workspaces = Mutex<[Int64: MeetingWorkspace]>([:])
    private let plans = Mutex<RecentCache<String, StoredPlan>>(RecentCache(capacity: 8))
    private let maps = Mutex<RecentCache<String, Data>>(RecentCache(capacity: 8))
    private let venueMaps = Mutex<[Int64: Data]>([:])

    /// The office key unlocked at start (it signs the passes printed here); `nil` without one.
    let officeKey: UnlockedOfficeKey?

    init(store: any ExchangeStorage, officeKey: UnlockedOfficeKey? = nil, beforeCommit: (@Sendable () -> Void)? = nil) {
        self.store = store
        self.officeKey = officeKey
        rosterCommits = RosterCommitQueue(store: store)
        events = EventHub(feed: store as? any StoreChangeFeed)
        self.beforeCommit = beforeCommit
        // A new plan version (here or on another server) revokes the passes it moved or
        // unseated: the door judges by the new version from the next scan on. After the feed was
        // lost (no meeting), every desk is opened again.
        events.observe { [doors] event, meeting in
            if event.name == "plan" || meeting == nil { doors.drop(meeting: meeting) }
        }
    }

    /// The id of meeting `id` when the store has it (with or without a setup); 404 otherwise.
    func meetingID(_ id: Int64) async throws -> MeetingID {
        let meetingID = MeetingID(rawValue: id)
        guard try await store.meetings().contains(where: { $0.id == meetingID }) else {
            throw APIError.notFound("meeting \(id)")
        }
        return meetingID
    }

    /// The meeting with id `id`, with or without a setup; 404 when there is none.
    func meeting(_ id: Int64) async throws -> Meeting {
        let meetingID = MeetingID(rawValue: id)
        guard let meeting = try await store.meetings().first(where: { $0.id == meetingID }) else {
            throw APIError.notFound("meeting \(id)")
        }
        return meeting
    }

    /// The newest plan version of `meeting` (cached as ``plan(_:version:)`` keeps them); needs no
    /// venue, so a meeting made on the command line has it too. 404 before the first plan.
    func latestPlan(of meeting: Meeting) async throws -> StoredPlan {
        guard let info = try await store.planVersions(meeting: meeting.id).last else {
            throw APIError.notFound("a plan of meeting \(meeting.id.rawValue) (plan it first)")
        }
        let key = "\(meeting.id.rawValue)/\(info.id.rawValue)"
        if let cached = plans.withLock({ $0[key] }) { return cached }
        let stored = try await store.plan(info.id)
        plans.withLock { $0[key] = stored }
        return stored
    }

    /// The meeting with id `id` and its venue; 404 when there is none, 409 when it has no setup.
    func workspace(_ id: Int64) async throws -> MeetingWorkspace {
        if let known = workspaces.withLock({ $0[id] }) { return known }
        let meetingID = MeetingID(rawValue: id)
        guard let meeting = try await store.meetings().first(where: { $0.id == meetingID }) else {
            throw APIError.notFound("meeting \(id)")
        }
        guard let setup = try await store.meetingSetup(meeting: meetingID) else {
            throw APIError(.conflict, "meeting \(id) has no venue yet; create it from the workbench")
        }
        let venue = try VenueFile.parse(setup.venueYAML, file: "\(setup.venueName).yaml")
        let workspace = MeetingWorkspace(
            meeting: meeting, setup: setup, venue: venue, pipeline: MeetingPipeline(venue: venue))
        workspaces.withLock { $0[id] = workspace }
        return workspace
    }

    /// The meeting's plan versions, oldest first.
    func versions(_ workspace: MeetingWorkspace) async throws -> [PlanVersionInfo] {
        try await store.planVersions(meeting: workspace.meeting.id)
    }

    /// Plan version `number` of the meeting, or the newest when `number` is `nil`; 404 when
    /// there is no such version (or no plan yet).
    func plan(_ workspace: MeetingWorkspace, version number: Int?) async throws -> StoredPlan {
        try await plan(workspace, version: number, among: try await versions(workspace))
    }

    /// Plan version `number` (or the newest) found in the meeting's `versions`.
    private func plan(_ workspace: MeetingWorkspace, version number: Int?, among versions: [PlanVersionInfo])
        async throws -> StoredPlan
    {
        let wanted = number ?? versions.last?.version
        guard let wanted, let info = versions.first(where: { $0.version == wanted }) else {
            throw APIError.notFound(
                number.map { "plan version \($0) of meeting \(workspace.id)" }
                    ?? "a plan of meeting \(workspace.id) (plan it first)")
        }
        let key = "\(workspace.id)/\(info.id.rawValue)"
        if let cached = plans.withLock({ $0[key] }) { return cached }
        let stored = try await store.plan(info.id)
        plans.withLock { $0[key] = stored }
        return stored
    }

    /// Keeps a plan version this server just stored, and builds its seat map before anyone asks:
    /// every open console asks for it as soon as it hears of the new version.
    func remember(_ plan: SeatPlan, json: Data, info: PlanVersionInfo, workspace: MeetingWorkspace) async {
        plans.withLock { $0["\(workspace.id)/\(info.id.rawValue)"] = StoredPlan(info: info, plan: plan, json: json) }
        _ = try? await seatMap(workspace, version: info.version)
    }

    /// The newest version number of the meeting's plan, or `nil` before the first plan.
    func latestVersion(_ workspace: MeetingWorkspace) async throws -> Int? {
        try await versions(workspace).last?.version
    }

    /// The seat map's JSON for a plan version: the venue's part (encoded once per meeting) and
    /// the version's part (encoded once per version and newest version).
    func seatMap(_ workspace: MeetingWorkspace, version number: Int?) async throws -> Data {
        let versions = try await versions(workspace)
        let stored = try await plan(workspace, version: number, among: versions)
        let latest = versions.last?.version ?? stored.info.version
        let key = "\(workspace.id)/\(stored.info.version)/\(latest)"
        if let cached = maps.withLock({ $0[key] }) { return cached }
        let venue = try venueMap(workspace)
        let part = try SeatMapBuilder.versionPart(
            stored.plan, workspace: workspace, version: stored.info.version, latestVersion: latest)
        let data = SeatMapBuilder.join(venue: venue, version: try JSONReply.encoder().encode(part))
        maps.withLock { $0[key] = data }
        return data
    }

    private func venueMap(_ workspace: MeetingWorkspace) throws -> Data {
        if let cached = venueMaps.withLock({ $0[workspace.id] }) { return cached }
        let data = try JSONReply.encoder().encode(SeatMapBuilder.venuePart(workspace.venue))
        venueMaps.withLock { $0[workspace.id] = data }
        return data
    }
}
