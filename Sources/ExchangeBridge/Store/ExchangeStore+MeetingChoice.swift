import Foundation

extension ExchangeStore {
    /// The meeting commands work on: the one called `name`, or, without a name, the store's
    /// only meeting.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` when the named meeting does not exist or
    ///   the store has none; ``ExchangeStoreError/Kind/invalidInput`` when no name is given and
    ///   the store holds several (the message lists them).
    public func chooseMeeting(named name: String? = nil) throws(ExchangeStoreError) -> Meeting {
        try MeetingChoice.choose(named: name, among: try meetings(), store: path)
    }
}
