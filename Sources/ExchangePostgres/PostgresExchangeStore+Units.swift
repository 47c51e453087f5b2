import ExchangeBridge
import Foundation
import PostgresNIO

extension PostgresExchangeStore {
    /// Adds new units and updates known ones (matched by name) of `meeting`, in one
    /// transaction. A parent must be a unit of the same meeting, given in the same call or
    /// stored before. Audit entries name the fields that changed, never phone numbers.
    ///
    /// Personal fields are written as ``PersonalFields`` has it: sealed with
    /// ``ExchangeStoreOptions/fieldSealer``; without one, a store with an office key refuses a
    /// changed contact detail (``ExchangeStoreError/Kind/invalidInput``).
    public func saveUnits(_ units: [UnitDetails], meeting: MeetingID) async throws(ExchangeStoreError)
        -> UnitsSaveResult
    {
        try inputCheck.validate(units)
        let fields = personalFields
        return try await write { connection in
            try await PostgresMeetingRows.require(meeting, connection, store: path)
            let officeKey = try await officeKeyFingerprint(connection)
            var result = UnitsSaveResult(added: 0, updated: 0, unchanged: 0)
            var idsByName = try await PostgresUnitRows.idsByName(meeting, connection)
            let stamp = now()
            // New units first, so that any unit of this call can be another's parent.
            var added = Set<String>()
            for details in units where idsByName[details.name] == nil {
                let contact = try fields.toStore(
                    details.contact, current: nil, unit: details.name, officeKey: officeKey
                ).values
                let id = try await connection.scalar(
                    """
                    INSERT INTO units (meeting_id, name, official_order, parent_unit_id, contact_person, office_phone,
                        mobile, created_at, updated_at)
                    VALUES (\(meeting.rawValue), \(details.name), \(details.officialOrder), NULL,
                        \(contact.contactPerson), \(contact.officePhone), \(contact.mobile), \(stamp), \(stamp))
                    RETURNING id
                    """, as: Int64.self)
                guard let id else { throw ExchangeStoreError(.database, store: path, "a new unit got no id") }
                idsByName[details.name] = id
                added.insert(details.name)
            }
            for details in units {
                guard let id = idsByName[details.name], let record = try await PostgresUnitRows.record(id, connection)
                else { continue }
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
                    let values = contact.values
                    try await connection.run(
                        """
                        UPDATE units SET official_order = \(details.officialOrder), parent_unit_id = \(parentID),
                            contact_person = \(values.contactPerson), office_phone = \(values.officePhone),
                            mobile = \(values.mobile), updated_at = \(stamp)
                        WHERE id = \(id)
                        """)
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
                try await appendAudit(
                    connection, action: isNew ? "unit.add" : "unit.update", subject: "unit:\(id)", meeting: meeting,
                    detail: detail)
            }
            return result
        }
    }

    /// The units of `meeting` in official order (then by name, compared byte by byte as SQLite does).
    public func units(meeting: MeetingID) async throws(ExchangeStoreError) -> [MeetingUnit] {
        let fields = personalFields
        return try await read { connection in try await PostgresUnitRows.list(meeting, connection, fields: fields) }
    }

    /// One unit by its id (of whichever meeting), or `nil`.
    public func unit(_ id: UnitID) async throws(ExchangeStoreError) -> MeetingUnit? {
        let fields = personalFields
        return try await read { connection in
            guard let record = try await PostgresUnitRows.record(id.rawValue, connection) else { return nil }
            let parent = try await record.parentUnitID.asyncFlatMap { parentID in
                try await PostgresUnitRows.record(parentID, connection)?.name
            }
            return try record.unit(parentName: parent, fields: fields)
        }
    }

    /// How this value writes and reads personal fields (``PersonalFields``).
    var personalFields: PersonalFields { PersonalFields(sealer: fieldSealer, store: path) }
}

extension Optional {
    /// `flatMap` with an asynchronous transform.
    fileprivate func asyncFlatMap<Mapped>(_ transform: (Wrapped) async throws -> Mapped?) async rethrows -> Mapped? {
        guard let self else { return nil }
        return try await transform(self)
    }
}

/// Reading `units` rows.
enum PostgresUnitRows {
    /// A row of `units`.
    struct Record {
        var id: Int64
        var meetingID: Int64
        var name: String
        var officialOrder: Int
        var parentUnitID: Int64?
        var contactPerson: String
        var officePhone: String
        var mobile: String

        /// The columns ``init(_:)`` reads.
        static let columns =
            "id, meeting_id, name, official_order, parent_unit_id, contact_person, office_phone, mobile"

        /// Reads a row holding ``columns``.
        init(_ row: PostgresRandomAccessRow) throws {
            id = try row.value("id")
            meetingID = try row.value("meeting_id")
            name = try row.value("name")
            officialOrder = try row.value("official_order")
            parentUnitID = try row.value("parent_unit_id")
            contactPerson = try row.value("contact_person")
            officePhone = try row.value("office_phone")
            mobile = try row.value("mobile")
        }

        /// The personal fields as stored (sealed or plain).
        var contact: StoredContact {
            StoredContact(contactPerson: contactPerson, officePhone: officePhone, mobile: mobile)
        }

        /// The public view of the row, its personal fields opened by `fields`; `parentName` is
        /// resolved by the caller.
        func unit(parentName: String?, fields: PersonalFields) throws(ExchangeStoreError) -> MeetingUnit {
            MeetingUnit(
                id: UnitID(rawValue: id), meetingID: MeetingID(rawValue: meetingID),
                details: try fields.open(
                    UnitDetails(
                        name: name, officialOrder: officialOrder, parent: parentName, contactPerson: contactPerson,
                        officePhone: officePhone, mobile: mobile)))
        }
    }

    /// The unit `id`, or `nil`.
    static func record(_ id: Int64, _ connection: PostgresConnection) async throws -> Record? {
        try await connection.firstRow("SELECT \(unescaped: Record.columns) FROM units WHERE id = \(id)")
            .map(Record.init)
    }

    /// The units of `meeting` in official order, then by name compared byte by byte (`COLLATE "C"`,
    /// SQLite's order), with their parents' names and their personal fields opened by `fields`.
    static func list(
        _ meeting: MeetingID, _ connection: PostgresConnection, fields: PersonalFields
    ) async throws -> [MeetingUnit] {
        let records = try await connection.rows(
            """
            SELECT \(unescaped: Record.columns) FROM units WHERE meeting_id = \(meeting.rawValue)
            ORDER BY official_order, name COLLATE "C"
            """
        ).map(Record.init)
        let namesByID = Dictionary(records.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return try records.map { record throws(ExchangeStoreError) in
            try record.unit(parentName: record.parentUnitID.flatMap { namesByID[$0] }, fields: fields)
        }
    }

    /// The ids of `meeting`'s units by name.
    static func idsByName(_ meeting: MeetingID, _ connection: PostgresConnection) async throws -> [String: Int64] {
        let rows = try await connection.rows("SELECT id, name FROM units WHERE meeting_id = \(meeting.rawValue)")
        var ids: [String: Int64] = [:]
        for row in rows { ids[try row.value("name", as: String.self)] = try row.value("id", as: Int64.self) }
        return ids
    }

    /// The unit of `meeting` called `name`; throws ``ExchangeStoreError/Kind/notFound`` if none.
    static func require(
        named name: String, meeting: MeetingID, _ connection: PostgresConnection, store: String
    ) async throws -> Record {
        let row = try await connection.firstRow(
            "SELECT \(unescaped: Record.columns) FROM units WHERE meeting_id = \(meeting.rawValue) AND name = \(name)")
        guard let row else {
            throw ExchangeStoreError(
                .notFound, store: store, "unit '\(name)' is not a unit of \(meeting); add it first")
        }
        return try Record(row)
    }
}
