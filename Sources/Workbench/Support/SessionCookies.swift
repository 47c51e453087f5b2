import Foundation
import HTTPTypes
import Hummingbird

/// The two cookies of a signed-in browser: the session token (HttpOnly: scripts never see it)
/// and the CSRF token the pages' scripts copy into `X-CSRF-Token` on every write. Both are
/// SameSite=Strict, and Secure when the workbench serves HTTPS.
enum SessionCookies {
    static let session = "seatplan_session"
    static let csrf = "seatplan_csrf"

    /// The `Set-Cookie` values that sign a browser in for `lifetime` seconds.
    static func signIn(token: String, csrfToken: String, lifetime: Int, secure: Bool) -> [String] {
        let flags = "Path=/; SameSite=Strict; Max-Age=\(lifetime)" + (secure ? "; Secure" : "")
        return ["\(session)=\(token); HttpOnly; \(flags)", "\(csrf)=\(csrfToken); \(flags)"]
    }

    /// The `Set-Cookie` values that clear both cookies.
    static func signOut(secure: Bool) -> [String] {
        let flags = "Path=/; SameSite=Strict; Max-Age=0" + (secure ? "; Secure" : "")
        return ["\(session)=; HttpOnly; \(flags)", "\(csrf)=; \(flags)"]
    }

    /// The value of cookie `name` in the request, if sent.
    static func value(_ name: String, in request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for cookie in header.split(separator: ";") {
                let parts = cookie.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0] == name { return String(parts[1]) }
            }
        }
        return nil
    }

    /// Adds `cookies` as `Set-Cookie` headers.
    static func set(_ cookies: [String], on headers: inout HTTPFields) {
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
    }
}
