/// The SQLite store serves the backend interface with its synchronous methods.
extension ExchangeStore: ExchangeStorage {}
