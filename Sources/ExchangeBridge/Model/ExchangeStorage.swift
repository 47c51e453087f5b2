import Foundation
import SeatPlanCore

/// The narrow interface every exchange-store backend serves: the embedded SQLite
/// ``ExchangeStore`` today, a PostgreSQL store for a city office with district sub-systems
/// later. The `seatplan` store commands (and a web app) open a store through
/// ``ExchangeStorageFactory/open(_:options:)`` and use nothing but these requirements, so a
/// backend plugs in by implementing them and being chosen by the factory.
///
/// Requirements are `async` so a networked backend can suspend; ``ExchangeStore`` satisfies
/// them with its synchronous methods. Every write is one transaction that also appends to the
/// audit log (naming ``ExchangeStoreOptions/actor``), and every failure is an
/// ``ExchangeStoreError`` naming the store.
public protocol ExchangeStorage: Sendable {
    /// Where the store lives (a file path, later a URL without credentials).
    var path: String { get }

    /// Returns the meeting called `name`, creating it when it is new.
    func findOrCreateMeeting(named name: String) async throws(ExchangeStoreError) -> Meeting
    /// The meeting called `name`, or `nil`.
    func meeting(named name: String) async throws(ExchangeStoreError) -> Meeting?
    /// Every meeting, oldest first.
    func meetings() async throws(ExchangeStoreError) -> [Meeting]

    /// Adds new units and updates known ones (matched by name).
    func saveUnits(_ units: [UnitDetails], meeting: MeetingID) async throws(ExchangeStoreError) -> UnitsSaveResult
    /// The units of a meeting in official order.
    func units(meeting: MeetingID) async throws(ExchangeStoreError) -> [MeetingUnit]
    /// One unit by its id, or `nil`.
    func unit(_ id: UnitID) async throws(ExchangeStoreError) -> MeetingUnit?

    /// Stores an uploaded roster file as received, before it is read.
    func receiveSubmission(
        unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) async throws(ExchangeStoreError) -> SubmissionReceipt
    /// Records the rows read from a received submission; it supersedes the unit's earlier ones.
    func recordParsedRoster(
        _ roster: ParsedRoster, submission: SubmissionID
    ) async throws(ExchangeStoreError) -> SubmissionReceipt
    /// Stores a file already read and its rows in one transaction, as the unit's next submission.
    func submitParsedRoster(
        _ roster: ParsedRoster, unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) async throws(ExchangeStoreError) -> SubmissionReceipt
    /// Stores many read files in one transaction, each in a savepoint of its own (a group commit);
    /// one result per upload, in order.
    func submitParsedRosters(_ uploads: [ParsedRosterUpload]) async -> [Result<SubmissionReceipt, ExchangeStoreError>]
    /// Records that a received submission could not be read.
    func recordSubmissionFailure(
        _ reason: String, encoding: String?, submission: SubmissionID
    ) async throws(ExchangeStoreError) -> SubmissionReceipt
    /// A submission's description: unit, version, status, encoding, row counts.
    func submission(_ id: SubmissionID) async throws(ExchangeStoreError) -> RosterSubmission
    /// The submissions of a meeting, optionally of one unit, in the order received.
    func submissions(meeting: MeetingID, unitNamed unitName: String?) async throws(ExchangeStoreError)
        -> [RosterSubmission]
    /// A submission's uploaded file, byte for byte.
    func rawFile(of submission: SubmissionID) async throws(ExchangeStoreError) -> Data
    /// A submission's rows in line order.
    func rows(of submission: SubmissionID) async throws(ExchangeStoreError) -> [SubmittedRow]

    /// Stores a PLAN.json as the meeting's next plan version; idempotent on identical bytes.
    func savePlan(json: Data, fileName: String, meeting: MeetingID) async throws(ExchangeStoreError) -> SavedPlanVersion
    /// The meeting's newest plan version, or `nil`.
    func latestPlan(meeting: MeetingID) async throws(ExchangeStoreError) -> StoredPlan?
    /// One plan version with its plan.
    func plan(_ planVersion: PlanVersionID) async throws(ExchangeStoreError) -> StoredPlan
    /// The meeting's plan versions, oldest first.
    func planVersions(meeting: MeetingID) async throws(ExchangeStoreError) -> [PlanVersionInfo]
    /// The seats of a plan version, optionally of one unit.
    func assignments(of planVersion: PlanVersionID, unit: String?) async throws(ExchangeStoreError) -> [SeatAssignment]
    /// Who moved, was seated or lost their seat between two plan versions of a meeting, by
    /// version number (`store diff`).
    func planDiff(meeting: MeetingID, from: Int, to: Int) async throws(ExchangeStoreError) -> PlanVersionDiff

    /// Stores a rendered document of a plan version; idempotent on identical content.
    func attachDocument(_ document: NewDocument, planVersion: PlanVersionID) async throws(ExchangeStoreError)
        -> DocumentInfo
    /// The documents of a plan version.
    func documents(planVersion: PlanVersionID) async throws(ExchangeStoreError) -> [DocumentInfo]
    /// A document's bytes.
    func documentContent(_ document: DocumentID) async throws(ExchangeStoreError) -> Data

    /// The meeting called `name`, or the store's only meeting when `name` is `nil`.
    func chooseMeeting(named name: String?) async throws(ExchangeStoreError) -> Meeting
    /// Stores an uploaded roster CSV, then reads it row by row (`store submit`).
    func submitRosterCSV(
        unitNamed unitName: String, meeting: MeetingID, fileName: String, raw: Data
    ) async throws(ExchangeStoreError) -> SubmissionReceipt
    /// Per-unit completeness against a deadline (`store status`).
    func submissionOverview(meeting: MeetingID, deadline: Date?) async throws(ExchangeStoreError) -> SubmissionOverview
    /// Queues one reminder per unit without a roster (of `units` when given), once per deadline
    /// (`store remind`, 催报).
    func queueReminders(meeting: MeetingID, deadline: Date?, units: Set<UnitID>?) async throws(ExchangeStoreError)
        -> ReminderResult
    /// The latest accepted rows of every unit (`pull`).
    func mergedRoster(meeting: MeetingID) async throws(ExchangeStoreError) -> MergedRoster
    /// Stores a plan with its documents and queues the seat notices, in one transaction (`push`),
    /// if `condition` holds (the version it was made on is still current); `beforeCommit` runs
    /// last inside the transaction (crash tests hold it open there).
    func push(
        planJSON: Data, fileName: String, documents: [NewDocument], meeting: MeetingID, condition: PushCondition,
        beforeCommit: (() -> Void)?
    ) async throws(ExchangeStoreError) -> PushResult
    /// The notices in the outbox, optionally of one kind.
    func outbox(meeting: MeetingID, kind: String?) async throws(ExchangeStoreError) -> [OutboxNotice]

    /// Stores (or replaces) a meeting's setup: venue file, date, discussion rooms and rules.
    func saveMeetingSetup(_ setup: MeetingSetup, meeting: MeetingID) async throws(ExchangeStoreError)
    /// A meeting's setup, or `nil` when none was stored.
    func meetingSetup(meeting: MeetingID) async throws(ExchangeStoreError) -> MeetingSetup?
    /// The plan version number a client's push request produced, or `nil` when it never landed.
    func planVersion(ofRequest requestID: String, meeting: MeetingID) async throws(ExchangeStoreError) -> Int?
    /// Stores discussion groups (groups.json) formed for a meeting.
    func saveGroupPlan(json: Data, meeting: MeetingID) async throws(ExchangeStoreError)
    /// The newest discussion groups stored for a meeting (groups.json), or `nil`.
    func latestGroupPlan(meeting: MeetingID) async throws(ExchangeStoreError) -> Data?

    // The exchange network: accounts, sessions, notices, receipts, the delivery board.

    /// Creates an account waiting for activation (the store keeps only the code's hash).
    func createAccount(_ new: NewAccount, activation: ActivationHash) async throws(ExchangeStoreError) -> Account
    /// Replaces an account's activation code; its password and sessions stop working.
    func reissueActivation(_ account: AccountID, activation: ActivationHash) async throws(ExchangeStoreError)
    /// Sets the password hash of the account whose one-time code hashes to `codeHash`.
    func activateAccount(codeHash: String, passwordHash: String) async throws(ExchangeStoreError) -> Account
    /// The account signing in as `login`, with its password hash.
    func signInRecord(login: String) async throws(ExchangeStoreError) -> SignInRecord?
    /// Counts a failed sign-in, locking the account until `lockUntil` when given.
    func recordFailedSignIn(_ account: AccountID, lockUntil: Date?) async throws(ExchangeStoreError)
    /// Every account.
    func accounts() async throws(ExchangeStoreError) -> [Account]
    /// One account.
    func account(_ id: AccountID) async throws(ExchangeStoreError) -> Account
    /// Starts a session (by its token's hash) after a good password.
    func startSession(tokenHash: String, account: AccountID, expiresAt: Date) async throws(ExchangeStoreError)
    /// The live session whose token hashes to `tokenHash`.
    func session(tokenHash: String) async throws(ExchangeStoreError) -> SessionRecord?
    /// Ends a session.
    func endSession(tokenHash: String) async throws(ExchangeStoreError)
    /// The units of a meeting an account of unit `unitName` reaches (the unit first).
    func unitScope(meeting: MeetingID, unitName: String) async throws(ExchangeStoreError) -> [UnitID]
    /// Sends a notice with attachments to units of a meeting.
    func sendNotice(_ notice: NewNotice, to audience: NoticeAudience, meeting: MeetingID)
        async throws(ExchangeStoreError) -> NoticeInfo
    /// The notices of a meeting, newest first.
    func notices(meeting: MeetingID) async throws(ExchangeStoreError) -> [NoticeInfo]
    /// One notice.
    func notice(_ id: NoticeID) async throws(ExchangeStoreError) -> NoticeInfo
    /// An attachment and its bytes.
    func attachment(_ id: AttachmentID) async throws(ExchangeStoreError) -> (info: AttachmentInfo, bytes: Data)
    /// The notices sent to any of `units`, newest first.
    func inbox(units: [UnitID]) async throws(ExchangeStoreError) -> [InboxItem]
    /// Records a read receipt (the first one is kept) and returns when it was first read.
    func recordRead(notice: NoticeID, unit: UnitID, reader: String) async throws(ExchangeStoreError) -> Date
    /// The delivery board of a meeting for a notice.
    func deliveryBoard(meeting: MeetingID, notice: NoticeID?) async throws(ExchangeStoreError) -> [BoardRow]
    /// 催看: read reminders for the units (of `units`) that have not opened a notice.
    func queueReadReminders(notice: NoticeID, units: Set<UnitID>?) async throws(ExchangeStoreError) -> ReminderRun

    /// Row counts per table, for status output.
    func rowCounts() async throws(ExchangeStoreError) -> [TableRowCount]
    /// The newest audit entries first.
    func auditLog(limit: Int) async throws(ExchangeStoreError) -> [AuditEntry]
    /// The settings the store's connections run with and its applied schema migrations
    /// (`store init`).
    func connectionSettings() async throws(ExchangeStoreError) -> ConnectionSettings

    // Outbox delivery: a worker claims due messages under a lease, delivers them and records
    // the outcome; several workers (and servers) may share one store.
    /// Leases up to `limit` due queued messages to `worker` for `lease`, with each recipient's
    /// mobile number and unit name; due messages to units without a mobile number are failed.
    func claimDueMessages(limit: Int, worker: String, lease: Duration) async throws(ExchangeStoreError)
        -> OutboxClaim
    /// Records a delivered message (state `sent`); `false` when it was already settled.
    func recordDelivered(_ message: OutboxMessageID, token: ClaimToken, via: String) async throws(ExchangeStoreError)
        -> Bool
    /// Records a failed attempt under the lease `token`: backoff per `policy`, or failed for good.
    func recordFailedAttempt(
        _ message: OutboxMessageID, token: ClaimToken, error: String, permanent: Bool, policy: RetryPolicy
    ) async throws(ExchangeStoreError) -> FailedAttemptOutcome
    /// The failed messages of one meeting, or of every meeting with `nil`, oldest first.
    func failedMessages(meeting: MeetingID?) async throws(ExchangeStoreError) -> [OutboxNotice]
    /// Puts a failed message back in the queue, due at once (a staff action).
    func requeueFailedMessage(_ message: OutboxMessageID) async throws(ExchangeStoreError) -> OutboxNotice

    // The office key, signatures and the door (`seatplan keys init`, `verify`, `checkin`).
    /// Stores the office key (once: a store has one office key; a second is a conflict).
    func saveOfficeKey(_ key: OfficeKeyRecord) async throws(ExchangeStoreError)
    /// The office key, or `nil` before `seatplan keys init`.
    func officeKey() async throws(ExchangeStoreError) -> OfficeKeyRecord?
    /// The signature of a plan version or notice, or `nil` when it was published unsigned.
    func signature(of subject: SignedSubject) async throws(ExchangeStoreError) -> DocumentSignature?
    /// Records a door scan (once per scan id) and, for the first admitted scan of a person, their
    /// check-in, in one transaction.
    func recordScan(_ scan: DoorScan) async throws(ExchangeStoreError) -> ScanReceipt
    /// The check-ins of a meeting, first first.
    func checkIns(meeting: MeetingID) async throws(ExchangeStoreError) -> [CheckIn]
    /// Seals every personal field still stored in plain text with ``ExchangeStoreOptions/fieldSealer``
    /// (after `keys init`), in one transaction, and leaves no plain copy in the store's files;
    /// returns how many values it sealed.
    func sealPersonalFields() async throws(ExchangeStoreError) -> Int
}

extension ExchangeStorage {

    /// Stores a plan with its documents and queues the seat notices, whatever version is current.
    public func push(
        planJSON: Data, fileName: String, documents: [NewDocument], meeting: MeetingID, beforeCommit: (() -> Void)?
    ) async throws(ExchangeStoreError) -> PushResult {
        try await push(
            planJSON: planJSON, fileName: fileName, documents: documents, meeting: meeting, condition: .none,
            beforeCommit: beforeCommit)
    }
}
