import Foundation

/// A meeting whose seating the store organises: its units, submissions, plans and notices.
public struct Meeting: Sendable, Equatable, Identifiable {
    /// The store's id of the meeting.
    public var id: MeetingID
    /// The meeting's name, unique in the store (e.g. "市第十六届人民代表大会第三次会议").
    public var name: String
    /// When the meeting was created in the store.
    public var createdAt: Date

    /// Every stored property, as given (the memberwise initializer, for the package's backends).
    package init(id: MeetingID, name: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
    }
}
