import ExchangeBridge

/// The PostgreSQL store serves the backend interface with the same behaviour as the SQLite one
/// (the shared suite `StoreBehaviourTests` runs on both).
extension PostgresExchangeStore: ExchangeStorage {}
