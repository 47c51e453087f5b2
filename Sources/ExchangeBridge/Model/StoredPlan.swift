import Foundation
import SeatPlanCore

/// A stored plan version's summary, without the plan itself.
public struct PlanVersionInfo: Sendable, Equatable, Identifiable {
    /// The plan version's id.
    public var id: PlanVersionID
    /// The meeting it plans.
    public var meetingID: MeetingID
    /// Its number among the meeting's plan versions (1, 2, ...).
    public var version: Int
    /// SHA-256 of the PLAN.json bytes, lowercase hex: the same file is never stored twice.
    public var contentHash: String
    /// Solver status (`optimal`, `feasible`, `infeasible`).
    public var status: String
    /// Objective value.
    public var objective: Double
    /// Relative gap between objective and bound.
    public var gap: Double
    /// Protocol rules broken (0 for a correct plan).
    public var protocolViolations: Int
    /// People with a seat.
    public var seatedCount: Int
    /// People without one.
    public var unseatedCount: Int
    /// People a late change moved, seated or unseated; `nil` for a plan not made by late changes.
    public var changedCount: Int?
    /// When the version was stored.
    public var createdAt: Date

    /// A summary as read from a store (for the store backends).
    package init(
        id: PlanVersionID, meetingID: MeetingID, version: Int, contentHash: String, status: String,
        objective: Double, gap: Double, protocolViolations: Int, seatedCount: Int, unseatedCount: Int,
        changedCount: Int? = nil, createdAt: Date
    ) {
        self.id = id
        self.meetingID = meetingID
        self.version = version
        self.contentHash = contentHash
        self.status = status
        self.objective = objective
        self.gap = gap
        self.protocolViolations = protocolViolations
        self.seatedCount = seatedCount
        self.unseatedCount = unseatedCount
        self.changedCount = changedCount
        self.createdAt = createdAt
    }
}

/// The outcome of saving a plan: the version that holds it, and whether it was new.
public struct SavedPlanVersion: Sendable, Equatable {
    /// The version holding the plan.
    public var info: PlanVersionInfo
    /// `false` when a byte-identical PLAN.json was already stored (nothing was written).
    public var isNew: Bool

    /// An outcome as a store backend reports it.
    package init(info: PlanVersionInfo, isNew: Bool) {
        self.info = info
        self.isNew = isNew
    }
}

/// A stored plan version with its plan.
public struct StoredPlan: Sendable, Equatable {
    /// The version's summary.
    public var info: PlanVersionInfo
    /// The plan, decoded.
    public var plan: SeatPlan
    /// The PLAN.json exactly as stored.
    public var json: Data

    /// A stored version as read (or as just written by this process).
    public init(info: PlanVersionInfo, plan: SeatPlan, json: Data) {
        self.info = info
        self.plan = plan
        self.json = json
    }
}
