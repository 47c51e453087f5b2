import HTTPTypes
import Hummingbird
import Logging

/// Turns every error into the API's JSON error answer and adds the security headers to every
/// response. Unexpected errors are logged by type only (their text may hold names or ids from a
/// roster) and answered with a 500 that says nothing more.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            // Hummingbird's own errors (unknown route, unsupported method).
            let status = error.status
            let message = status == .notFound ? "no such page or API route" : (error.body ?? status.reasonPhrase)
            response = try APIError(status, message).response(from: request, context: context)
        } catch {
            let answer = APIError(translating: error)
            if answer.status == .internalServerError {
                context.logger.error("request failed", metadata: ["error": "\(type(of: error))"])
            }
            response = try answer.response(from: request, context: context)
        }
        response.headers[.contentTypeOptions] = "nosniff"
        response.headers[.frameOptions] = "DENY"
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
        return response
    }
}
