import Hummingbird
import Logging
import NIOCore

/// The request context of every route: Hummingbird's core context, the address the request
/// came from, and who signed in (set by ``AccessGuard``).
struct WorkbenchContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    /// The peer's address, when the connection has one.
    let remoteAddress: SocketAddress?
    /// The signed-in account, or `nil` before sign-in.
    var identity: Identity?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        identity = nil
    }

    /// The peer's IP address as text (no port), for the audit log and sign-in throttling.
    var addressText: String {
        remoteAddress?.ipAddress ?? "unknown"
    }

    /// The signed-in account, or a 401.
    func requireIdentity() throws -> Identity {
        guard let identity else { throw APIError(.unauthorized, "sign in first") }
        return identity
    }
}
