import ExchangeBridge
import PostgresNIO

extension PostgresExchangeStore {
    /// The units of `meeting` an account named `unitName` reaches: that unit and those below
    /// it, the unit first; empty when the meeting has no such unit.
    public func unitScope(meeting: MeetingID, unitName: String) async throws(ExchangeStoreError) -> [UnitID] {
        guard !unitName.holdsNUL else { return [] }
        return try await read { connection in
            guard
                let root = try await connection.scalar(
                    "SELECT id FROM units WHERE meeting_id = \(meeting.rawValue) AND name = \(unitName)",
                    as: Int64.self)
            else { return [] }
            return try await subtree(connection, of: UnitID(rawValue: root), meeting: meeting)
                .map(UnitID.init(rawValue:))
        }
    }

    /// A unit of `meeting` and every unit below it (`units.parent_unit_id`), by depth, then in
    /// official order, the unit first; empty when it is not a unit of that meeting. A unit met
    /// again on its own path (a cycle) is not followed.
    func subtree(_ connection: PostgresConnection, of root: UnitID, meeting: MeetingID) async throws -> [Int64] {
        try await connection.rows(
            """
            WITH RECURSIVE tree(id, depth, path) AS (
                SELECT id, 0, ARRAY[id] FROM units WHERE id = \(root.rawValue) AND meeting_id = \(meeting.rawValue)
                UNION ALL
                SELECT u.id, t.depth + 1, t.path || u.id FROM units u JOIN tree t ON u.parent_unit_id = t.id
                WHERE u.id <> ALL (t.path)
            )
            SELECT tree.id FROM tree JOIN units ON units.id = tree.id
            ORDER BY tree.depth, units.official_order, tree.id
            """
        ).map { row in try row.value("id", as: Int64.self) }
    }
}
