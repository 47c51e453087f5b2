/// What the office knows about a unit (单位): the columns of `store add-units`
/// (`unit,unit_order,parent,contact,phone,mobile`).
public struct UnitDetails: Sendable, Equatable {
    /// The unit's name, unique within a meeting.
    public var name: String
    /// The unit's position in the official unit list (1 = first).
    public var officialOrder: Int
    /// The name of the unit it belongs to (district and town sub-systems), if any.
    public var parent: String?
    /// The contact person (联系人).
    public var contactPerson: String
    /// The office phone (personal data: never logged).
    public var officePhone: String
    /// The contact's mobile (personal data: never logged).
    public var mobile: String

    /// Creates unit details; contact fields default to empty.
    public init(
        name: String, officialOrder: Int, parent: String? = nil, contactPerson: String = "",
        officePhone: String = "", mobile: String = ""
    ) {
        self.name = name
        self.officialOrder = officialOrder
        self.parent = parent
        self.contactPerson = contactPerson
        self.officePhone = officePhone
        self.mobile = mobile
    }
}

/// A unit of a meeting as stored.
public struct MeetingUnit: Sendable, Equatable, Identifiable {
    /// The store's id of the unit.
    public var id: UnitID
    /// The meeting the unit belongs to.
    public var meetingID: MeetingID
    /// Name, official order, parent and contact.
    public var details: UnitDetails

    /// Every stored property, as given (the memberwise initializer, for the package's backends).
    package init(id: UnitID, meetingID: MeetingID, details: UnitDetails) {
        self.id = id
        self.meetingID = meetingID
        self.details = details
    }
}

/// What ``ExchangeStore/saveUnits(_:meeting:)`` changed.
public struct UnitsSaveResult: Sendable, Equatable {
    /// Units that were new.
    public var added: Int
    /// Units whose details changed.
    public var updated: Int
    /// Units given again with the same details.
    public var unchanged: Int

    /// Every stored property, as given (the memberwise initializer, for the package's backends).
    package init(added: Int, updated: Int, unchanged: Int) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }
}
