/// One unit's line in the phone directory (单位电话资料). A plain value, so that the store
/// (which knows units) and the printers (which know nothing of the store) can share it.
public struct PhoneDirectoryEntry: Sendable, Equatable {
    /// The unit's name (单位).
    public var unit: String
    /// The unit it belongs to (上级单位), empty when none.
    public var parent: String
    /// The contact person (联系人).
    public var contact: String
    /// The office phone (办公电话).
    public var officePhone: String
    /// The contact's mobile (手机).
    public var mobile: String

    /// Creates an entry; every field but the unit may be empty.
    public init(unit: String, parent: String = "", contact: String = "", officePhone: String = "", mobile: String = "")
    {
        self.unit = unit
        self.parent = parent
        self.contact = contact
        self.officePhone = officePhone
        self.mobile = mobile
    }
}
