import GRDB

/// A row of `units`.
struct UnitRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "units"

    var id: Int64?
    var meetingID: Int64
    var name: String
    var officialOrder: Int
    var parentUnitID: Int64?
    var contactPerson: String
    var officePhone: String
    var mobile: String
    var createdAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id, name, mobile
        case meetingID = "meeting_id"
        case officialOrder = "official_order"
        case parentUnitID = "parent_unit_id"
        case contactPerson = "contact_person"
        case officePhone = "office_phone"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The personal fields as stored (sealed or plain).
    var contact: StoredContact {
        get { StoredContact(contactPerson: contactPerson, officePhone: officePhone, mobile: mobile) }
        set {
            contactPerson = newValue.contactPerson
            officePhone = newValue.officePhone
            mobile = newValue.mobile
        }
    }

    /// The public view of the row, its personal fields opened by `fields`; `parentName` is
    /// resolved by the caller.
    func unit(parentName: String?, fields: PersonalFields) throws(ExchangeStoreError) -> MeetingUnit {
        MeetingUnit(
            id: UnitID(rawValue: id ?? 0), meetingID: MeetingID(rawValue: meetingID),
            details: try fields.open(
                UnitDetails(
                    name: name, officialOrder: officialOrder, parent: parentName, contactPerson: contactPerson,
                    officePhone: officePhone, mobile: mobile)))
    }
}
