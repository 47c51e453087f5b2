import PostgresNIO

/// Shorthands for the store's queries: every row of a result by column name, the first row,
/// one value, or a statement run for its effect. Parameters are bound from the query's
/// interpolations (`"… WHERE id = \(id)"`), never spliced into its text.
extension PostgresConnection {
    /// Every row of `query`'s result, each readable by column name.
    func rows(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
        try await self.query(query, logger: PostgresDatabase.logger).collect().map { $0.makeRandomAccess() }
    }

    /// The first row of `query`'s result, or `nil` when it has none.
    func firstRow(_ query: PostgresQuery) async throws -> PostgresRandomAccessRow? {
        try await rows(query).first
    }

    /// The first column of the first row of `query`'s result, or `nil` when it has no row (or a NULL).
    func scalar<Value: PostgresDecodable>(_ query: PostgresQuery, as type: Value.Type = Value.self) async throws
        -> Value?
    {
        guard let row = try await self.query(query, logger: PostgresDatabase.logger).collect().first else {
            return nil
        }
        let cell = row.makeRandomAccess()[0]
        return cell.bytes == nil ? nil : try cell.decode(Value.self)
    }

    /// Runs `query` for its effect, reading (and dropping) any rows it returns.
    func run(_ query: PostgresQuery) async throws {
        _ = try await self.query(query, logger: PostgresDatabase.logger).collect()
    }
}

extension PostgresRandomAccessRow {
    /// The value of `column`, decoded as `Value` (use an optional type for a nullable column).
    func value<Value: PostgresDecodable>(_ column: String, as type: Value.Type = Value.self) throws -> Value {
        try self[column].decode(Value.self)
    }
}
