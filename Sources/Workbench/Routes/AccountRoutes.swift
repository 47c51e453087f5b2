import ExchangeBridge
import Foundation
import HTTPTypes
import Hummingbird

/// Signing in and out, activation, and the staff's account list: `/api/session`,
/// `/api/activate`, `/api/accounts`.
struct AccountRoutes {
    let signIn: SignInDesk
    /// Whether cookies are marked Secure (the workbench serves HTTPS).
    let secureCookies: Bool

    private struct Credentials: Decodable {
        let login: String
        let password: String
    }

    private struct Activation: Decodable {
        let code: String
        let password: String
    }

    private struct NewAccountRequest: Decodable {
        let login: String
        let kind: AccountKind
        let unit: String?
        let displayName: String?
    }

    /// Who is signed in, and where their pages start.
    struct SessionInfo: Encodable {
        let account: Account
        let home: String
    }

    func register(on router: Router<WorkbenchContext>) {
        router.post("api/session") { request, context in
            var request = request
            let credentials = try await request.json(Credentials.self)
            let signedIn = try await signIn.signIn(
                login: credentials.login.trimmingCharacters(in: .whitespaces), password: credentials.password,
                address: context.addressText)
            return try signedInResponse(signedIn)
        }
        router.get("api/session") { _, context in
            let identity = try context.requireIdentity()
            return try JSONReply.response(SessionInfo(account: identity.account, home: Self.home(identity.account)))
        }
        router.post("api/session/sign-out") { _, context in
            try await signIn.signOut(try context.requireIdentity(), address: context.addressText)
            var headers = HTTPFields()
            SessionCookies.set(SessionCookies.signOut(secure: secureCookies), on: &headers)
            return JSONReply.bytes(Data("{\"signedOut\":true}".utf8), contentType: "application/json", headers: headers)
        }
        router.post("api/activate") { request, context in
            var request = request
            let activation = try await request.json(Activation.self)
            return try signedInResponse(
                try await signIn.activate(
                    code: activation.code, password: activation.password, address: context.addressText))
        }
        router.get("api/accounts") { _, _ in try JSONReply.response(try await signIn.store.accounts()) }
        router.post("api/accounts") { request, context in
            var request = request
            let asked = try await request.json(NewAccountRequest.self)
            let unit = asked.kind == .unit ? asked.unit?.trimmingCharacters(in: .whitespaces) : nil
            if asked.kind == .unit && (unit ?? "").isEmpty {
                throw APIError(.badRequest, "a unit account names its unit (field 'unit')")
            }
            let new = NewAccount(
                login: asked.login, kind: asked.kind, unitName: unit,
                displayName: asked.displayName.flatMap { $0.isEmpty ? nil : $0 } ?? unit ?? asked.login)
            let issued = try await signIn.createAccount(
                new, by: try context.requireIdentity(), address: context.addressText)
            return try JSONReply.response(issued, status: .created)
        }
        router.post("api/accounts/:account/reissue") { _, context in
            let id = AccountID(rawValue: try context.parameters.id("account", what: "account"))
            return try JSONReply.response(
                try await signIn.reissue(id, by: try context.requireIdentity(), address: context.addressText))
        }
    }

    private func signedInResponse(_ signedIn: SignInDesk.SignedIn) throws -> Response {
        var response = try JSONReply.response(
            SessionInfo(account: signedIn.identity.account, home: Self.home(signedIn.identity.account)))
        SessionCookies.set(
            SessionCookies.signIn(
                token: signedIn.token, csrfToken: signedIn.identity.csrfToken, lifetime: Int(SignInDesk.sessionLength),
                secure: secureCookies),
            on: &response.headers)
        return response
    }

    /// Where an account's pages start: staff at the meetings, units at the portal.
    static func home(_ account: Account) -> String { account.kind == .staff ? "/" : "/portal" }
}
