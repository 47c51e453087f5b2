import Foundation

/// What `push` did: the plan version, its documents and the seat notices queued.
public struct PushResult: Sendable, Equatable {
    /// The plan version holding the plan, and whether it was new.
    public var plan: SavedPlanVersion
    /// The plan version's documents given to this push, in the order given.
    public var documents: [DocumentInfo]
    /// How many of them were stored now (the others were already stored).
    public var newDocumentCount: Int
    /// Units whose seat notice was queued now.
    public var noticesQueued: Int
    /// Units whose seat notice for this plan version was already queued.
    public var noticesAlreadyQueued: Int
    /// Units named in the plan that are not units of the meeting (no notice can be addressed).
    public var unknownUnits: [String]

    /// A result as a store backend reports it.
    package init(
        plan: SavedPlanVersion, documents: [DocumentInfo], newDocumentCount: Int, noticesQueued: Int,
        noticesAlreadyQueued: Int, unknownUnits: [String]
    ) {
        self.plan = plan
        self.documents = documents
        self.newDocumentCount = newDocumentCount
        self.noticesQueued = noticesQueued
        self.noticesAlreadyQueued = noticesAlreadyQueued
        self.unknownUnits = unknownUnits
    }

    /// Whether the push wrote nothing (the same plan and documents were pushed before).
    public var changedNothing: Bool { !plan.isNew && newDocumentCount == 0 && noticesQueued == 0 }
}
