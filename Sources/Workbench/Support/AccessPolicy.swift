/// Who may call a route, decided by its path alone, in one place (the authorization sweep in
/// the tests walks every route against it).
enum AccessPolicy: Equatable {
    /// Anyone: the sign-in and activation pages and their API, and the static assets.
    case open
    /// Any signed-in account: the session itself (who am I, sign out).
    case signedIn
    /// Unit accounts: the units' portal.
    case unit
    /// Staff accounts: everything else.
    case staff

    /// The policy of `path` (for `method`).
    static func of(path: String, method: String) -> AccessPolicy {
        let path = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        switch path {
        case "/sign-in", "/activate": return method == "GET" ? .open : .staff
        case "/api/session": return method == "POST" ? .open : .signedIn
        case "/api/activate": return .open
        case "/api/session/sign-out": return .signedIn
        default: break
        }
        if path.hasPrefix("/assets/") && method == "GET" { return .open }
        if path == "/portal" || path.hasPrefix("/portal/") || path.hasPrefix("/api/portal/") { return .unit }
        return .staff
    }
}
