/// Which meeting a command works on, chosen among the store's meetings: the same rule and
/// messages on every backend.
package enum MeetingChoice {
    /// The meeting called `name`, or, without a name, the store's only meeting.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` when the named meeting does not exist or
    ///   the store has none; ``ExchangeStoreError/Kind/invalidInput`` when no name is given and
    ///   the store holds several (the message lists them).
    package static func choose(
        named name: String?, among meetings: [Meeting], store: String
    ) throws(ExchangeStoreError) -> Meeting {
        let names = meetings.map { "'\($0.name)'" }.joined(separator: ", ")
        if let name {
            guard let meeting = meetings.first(where: { $0.name == name }) else {
                throw ExchangeStoreError(
                    .notFound, store: store,
                    "has no meeting '\(name)'"
                        + (names.isEmpty ? "; run `seatplan store init` first" : " (it has \(names))"))
            }
            return meeting
        }
        switch meetings.count {
        case 0:
            throw ExchangeStoreError(
                .notFound, store: store, "has no meeting; run `seatplan store init --db \(store) --meeting NAME` first")
        case 1:
            return meetings[0]
        default:
            throw ExchangeStoreError(
                .invalidInput, store: store, "holds several meetings (\(names)); name one with --meeting")
        }
    }
}
