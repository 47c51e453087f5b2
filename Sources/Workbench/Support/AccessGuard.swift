import Foundation
import HTTPTypes
import Hummingbird

/// Who may use the staff console, checked before every route.
///
/// - Writes (every method but GET and HEAD) must carry `X-SeatPlan-Request: 1`: a page of
///   another site can neither set that header nor read our answers, so it cannot forge a change.
/// - On loopback the `Host` header must name a loopback address, so a page of another site
///   cannot reach the server through a name it rebinds to 127.0.0.1.
/// - Bound to any other address, the server has an access token: `/?token=…` sets it as an
///   HttpOnly, SameSite=Strict cookie and redirects to the bare URL; requests without the cookie
///   (or an `Authorization: Bearer` header) get 401.
struct AccessGuard<Context: RequestContext>: RouterMiddleware {
    /// The token, or `nil` when the server only listens on loopback.
    let token: String?

    /// The cookie carrying the token.
    static var cookieName: String { "seatplan_token" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if let token {
            if let offered = request.query("token"), request.method == .get {
                guard Self.same(offered, token) else { throw APIError(.unauthorized, "the access token is wrong") }
                return Self.redirectSettingCookie(token: token, path: request.uri.path)
            }
            guard let presented = Self.presentedToken(request), Self.same(presented, token) else {
                throw APIError(
                    .unauthorized, "this workbench needs its access token: open the URL the server printed at start")
            }
        } else if !Self.isLoopbackHost(request.head.authority ?? "") {
            throw APIError(.forbidden, "this workbench answers only on its loopback address")
        }
        if request.method != .get && request.method != .head && request.headers[.seatPlanRequest] != "1" {
            throw APIError(.forbidden, "a change must come from the workbench's own pages (X-SeatPlan-Request)")
        }
        return try await next(request, context)
    }

    private static func presentedToken(_ request: Request) -> String? {
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer ") {
            return String(authorization.dropFirst("Bearer ".count))
        }
        let cookies = request.headers[values: .cookie].flatMap { $0.split(separator: ";") }
        for cookie in cookies {
            let parts = cookie.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == cookieName { return String(parts[1]) }
        }
        return nil
    }

    private static func redirectSettingCookie(token: String, path: String) -> Response {
        var headers = HTTPFields()
        headers[.location] = path.isEmpty ? "/" : path
        headers[.setCookie] = "\(cookieName)=\(token); Path=/; HttpOnly; SameSite=Strict; Max-Age=43200"
        return Response(status: .seeOther, headers: headers)
    }

    /// Compares in time independent of where the strings differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8)
        let right = Array(b.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
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
