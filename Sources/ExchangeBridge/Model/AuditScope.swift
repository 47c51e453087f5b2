/// Who is acting, and from where, for the audit entries of the writes made inside a scope: a
/// web server sets it once per request (`AuditScope.$current.withValue(…)`) and every store
/// write in that request's task records that person and address, whichever store value it
/// goes through. Outside any scope the store's own ``ExchangeStore/actor`` is recorded.
public struct AuditScope: Sendable, Equatable {
    /// Who acts, e.g. `staff:admin` or `unit:dongcheng`.
    public var actor: String
    /// The network address the request came from.
    public var address: String?

    /// A scope naming `actor` at `address`.
    public init(actor: String, address: String?) {
        self.actor = actor
        self.address = address
    }

    /// The scope of the running task, if any.
    @TaskLocal public static var current: AuditScope?
}
