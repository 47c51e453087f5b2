import ExchangeBridge
import Foundation
import HTTPTypes
import Hummingbird

/// Who may do what, checked before every route.
///
/// - On a loopback address the `Host` header must name a loopback address, so a page of
///   another site cannot reach the server through a name it rebinds to 127.0.0.1.
/// - The session cookie is looked up (by its hash) and the account set on the context.
/// - ``AccessPolicy`` decides by path: open, any signed-in account, units, or staff. Without a
///   session, pages redirect to the sign-in page and API calls get 401; with the wrong kind of
///   account, pages redirect to that account's home and API calls get 403.
/// - Every write (any method but GET and HEAD) must carry `X-SeatPlan-Request: 1`, which a
///   cross-site form cannot set; a signed-in write must also carry its session's CSRF token in
///   `X-CSRF-Token`.
/// - The rest of the request runs in an ``AuditScope`` naming the account and address, so every
///   store write it makes is audited as that person, and, for a unit, in its ``UnitReach``.
struct AccessGuard: RouterMiddleware {
    typealias Context = WorkbenchContext

    let signIn: SignInDesk
    /// Whether the server is bound to loopback only.
    let loopbackOnly: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if loopbackOnly && !Self.isLoopbackHost(request.head.authority ?? "") {
            throw APIError(.forbidden, "this workbench answers only on its loopback address")
        }
        let isWrite = request.method != .get && request.method != .head
        if isWrite && request.headers[.seatPlanRequest] != "1" {
            throw APIError(.forbidden, "a change must come from the workbench's own pages (X-SeatPlan-Request)")
        }
        let path = request.uri.path
        let policy = AccessPolicy.of(path: path, method: request.method.rawValue)
        // Open pages and assets need nobody; a page's dozen asset requests cost no store reads.
        if policy == .open && !isWrite { return try await next(request, context) }
        var context = context
        if let token = SessionCookies.value(SessionCookies.session, in: request) {
            context.identity = try await signIn.identity(sessionToken: token)
        }
        if let refusal = Self.refusal(policy: policy, identity: context.identity, request: request, path: path) {
            return try refusal()
        }
        if isWrite, let identity = context.identity {
            guard let offered = request.headers[.csrfToken], SecretTokens.same(offered, identity.csrfToken) else {
                throw APIError(.forbidden, "this form is stale or forged (CSRF token); reload the page")
            }
        }
        guard let identity = context.identity else { return try await next(request, context) }
        return try await AuditScope.$current.withValue(
            AuditScope(actor: identity.auditName, address: context.addressText)
        ) {
            // A unit's store calls reach its own units only, also in the database (PostgreSQL's
            // row-level security), behind the routes' own checks.
            try await UnitReach.$current.withValue(identity.account.kind == .unit ? identity.account.unitName : nil) {
                try await next(request, context)
            }
        }
    }

    /// What to answer instead of the route, or `nil` when the request may go on.
    private static func refusal(
        policy: AccessPolicy, identity: Identity?, request: Request, path: String
    ) -> (() throws -> Response)? {
        let isPage = request.method == .get && !path.hasPrefix("/api/")
        switch (policy, identity) {
        case (.open, _):
            return nil
        case (_, nil):
            if isPage {
                let next =
                    path == "/"
                    ? "" : "?next=" + (path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                return { redirect(to: "/sign-in" + next) }
            }
            return { throw APIError(.unauthorized, "sign in first") }
        case (.signedIn, _?):
            return nil
        case (.staff, let who?) where !who.isStaff:
            return isPage
                ? { redirect(to: "/portal") } : { throw APIError(.forbidden, "this is for the office's staff") }
        case (.unit, let who?) where who.isStaff:
            return isPage ? { redirect(to: "/") } : { throw APIError(.forbidden, "this is the units' portal") }
        default:
            return nil
        }
    }

    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// Whether a `Host` value names a loopback address (with or without a port).
    static func isLoopbackHost(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("[") {
            name = String(name.dropFirst().prefix { $0 != "]" })
        } else if let colon = name.lastIndex(of: ":") {
            name = String(name[..<colon])
        }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        let isLoopbackIPv4 =
            octets.count == 4 && octets.first == "127" && octets.allSatisfy { UInt8($0) != nil }
        return name == "localhost" || name == "::1" || isLoopbackIPv4
    }
}
