import Foundation
import GRDB

extension ExchangeStore {
    /// Adds new units and updates known ones (matched by name) of `meeting`, in one
    /// transaction. A parent must be a unit of the same meeting, given in the same call or
    /// stored before. Audit entries name the fields that changed, never phone numbers.
    ///
    /// Personal fields are written as ``PersonalFields`` has it: sealed with
    /// ``ExchangeStoreOptions/fieldSealer``; without one, a store with an office key refuses a
    /// changed contact detail (``ExchangeStoreError/Kind/invalidInput``).
    @discardableResult
    public func saveUnits(_ units: [UnitDetails], meeting: MeetingID) throws(ExchangeStoreError) -> UnitsSaveResult {
        try inputCheck.validate(units)
        let fields = personalFields
        return try write { db in
            try requireMeeting(db, meeting)
            let officeKey = try officeKeyFingerprint(db)
            var result = UnitsSaveResult(added: 0, updated: 0, unchanged: 0)
            var idsByName = try unitIDsByName(db, meeting: meeting)
            let stamp = timestamp()
            // New units first, so that any unit of this call can be another's parent.
            var added = Set<String>()
            for details in units where idsByName[details.name] == nil {
                let contact = try fields.toStore(
                    details.contact, current: nil, unit: details.name, officeKey: officeKey
                ).values
                var record = UnitRecord(
                    id: nil, meetingID: meeting.rawValue, name: details.name, officialOrder: details.officialOrder,
                    parentUnitID: nil, contactPerson: contact.contactPerson, officePhone: contact.officePhone,
                    mobile: contact.mobile, createdAt: stamp, updatedAt: stamp)
                try record.insert(db)
                idsByName[details.name] = record.id
                added.insert(details.name)
            }
            for details in units {
                guard let id = idsByName[details.name], var record = try UnitRecord.fetchOne(db, key: id) else {
                    continue
                }
                let parentID = try details.parent.map { parent throws -> Int64 in
                    guard let parentID = idsByName[parent] else {
                        throw ExchangeStoreError(
                            .notFound, store: path,
                            "unit '\(details.name)': parent unit '\(parent)' is not a unit of this meeting")
                    }
                    return parentID
                }
                let isNew = added.contains(details.name)
                let contact = try fields.toStore(
                    details.contact, current: record.contact, unit: details.name, officeKey: officeKey)
                var changed = record.officialOrder != details.officialOrder ? ["official_order"] : []
                changed += contact.changed
                if record.parentUnitID != parentID { changed.append("parent") }
                if !changed.isEmpty {
                    record.officialOrder = details.officialOrder
                    record.parentUnitID = parentID
                    record.contact = contact.values
                    record.updatedAt = stamp
                    try record.update(db)
                }
                if isNew {
                    result.added += 1
                } else if changed.isEmpty {
                    result.unchanged += 1
                    continue
                } else {
                    result.updated += 1
                }
                var detail: [String: AuditValue] = ["name": .text(details.name)]
                if !isNew { detail["changed"] = .list(changed) }
                try appendAudit(
                    db, action: isNew ? "unit.add" : "unit.update", subject: "unit:\(id)", meeting: meeting,
                    detail: detail)
            }
            return result
        }
    }

    /// The units of `meeting` in official order.
    public func units(meeting: MeetingID) throws(ExchangeStoreError) -> [MeetingUnit] {
        try read { db in try unitList(db, meeting: meeting) }
    }

    /// One unit by its id (of whichever meeting), or `nil`.
    public func unit(_ id: UnitID) throws(ExchangeStoreError) -> MeetingUnit? {
        let fields = personalFields
        return try read { db in
            let byID = try db.cachedStatement(sql: "SELECT * FROM units WHERE id = ?")
            guard let record = try UnitRecord.fetchOne(byID, arguments: [id.rawValue]) else { return nil }
            let parent = try record.parentUnitID.flatMap { try UnitRecord.fetchOne(byID, arguments: [$0])?.name }
            return try record.unit(parentName: parent, fields: fields)
        }
    }

    /// How this value writes and reads personal fields (``PersonalFields``).
    var personalFields: PersonalFields { PersonalFields(sealer: fieldSealer, store: path) }

    /// The unit of `meeting` called `name`; throws ``ExchangeStoreError/Kind/notFound`` if none.
    func requireUnit(_ db: Database, named name: String, meeting: MeetingID) throws -> UnitRecord {
        let record = try UnitRecord.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM units WHERE meeting_id = ? AND name = ?"),
            arguments: [meeting.rawValue, name])
        guard let record else {
            throw ExchangeStoreError(.notFound, store: path, "unit '\(name)' is not a unit of \(meeting); add it first")
        }
        return record
    }

    private func unitIDsByName(_ db: Database, meeting: MeetingID) throws -> [String: Int64] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, name FROM units WHERE meeting_id = ?", arguments: [meeting.rawValue])
        return Dictionary(rows.map { ($0["name"], $0["id"]) }, uniquingKeysWith: { first, _ in first })
    }
}
