import ExchangeBridge

extension PostgresExchangeStore {
    /// The meeting commands work on: the one called `name`, or, without a name, the store's
    /// only meeting.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` when the named meeting does not exist or
    ///   the store has none; ``ExchangeStoreError/Kind/invalidInput`` when no name is given and
    ///   the store holds several (the message lists them).
    public func chooseMeeting(named name: String?) async throws(ExchangeStoreError) -> Meeting {
        if let name {
            guard let meeting = try await meeting(named: name) else {
                let known = try await meetings().map { "'\($0.name)'" }.joined(separator: ", ")
                throw ExchangeStoreError(
                    .notFound, store: path,
                    "has no meeting '\(name)'"
                        + (known.isEmpty ? "; run `seatplan store init` first" : " (it has \(known))"))
            }
            return meeting
        }
        let all = try await meetings()
        switch all.count {
        case 0:
            throw ExchangeStoreError(
                .notFound, store: path, "has no meeting; run `seatplan store init --db \(path) --meeting NAME` first")
        case 1:
            return all[0]
        default:
            let names = all.map { "'\($0.name)'" }.joined(separator: ", ")
            throw ExchangeStoreError(
                .invalidInput, store: path, "holds several meetings (\(names)); name one with --meeting")
        }
    }
}
