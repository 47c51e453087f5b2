import ExchangeBridge
import Foundation
import HTTPTypes
import Hummingbird
import Planner
import SeatPlanCore

/// An error as the workbench answers it: an HTTP status and a JSON body
/// `{"error": {"status", "message", "file"?, "line"?, "field"?, "problems"?}}` that names the
/// file, line and field where the input was wrong. Never a stack trace.
struct APIError: Error, HTTPResponseError {
    /// One located problem of an input.
    struct Problem: Codable, Sendable, Equatable {
        var file: String?
        var line: Int?
        var field: String?
        var message: String
    }

    let status: HTTPResponse.Status
    let message: String
    var problems: [Problem] = []
    /// The plan version that is current, on a conflict.
    var latestVersion: Int?

    init(_ status: HTTPResponse.Status, _ message: String, problems: [Problem] = [], latestVersion: Int? = nil) {
        self.status = status
        self.message = message
        self.problems = problems
        self.latestVersion = latestVersion
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        try JSONReply.response(ErrorBody(error: self.body), status: status)
    }

    private var body: ErrorBody.Content {
        let first = problems.count == 1 ? problems.first : nil
        return ErrorBody.Content(
            status: Int(status.code), message: message, file: first?.file, line: first?.line, field: first?.field,
            problems: problems.isEmpty ? nil : problems, latestVersion: latestVersion)
    }

    private struct ErrorBody: Encodable {
        struct Content: Encodable {
            let status: Int
            let message: String
            let file: String?
            let line: Int?
            let field: String?
            let problems: [Problem]?
            let latestVersion: Int?
        }
        let error: Content
    }
}

extension APIError {
    /// 404 naming what was not found.
    static func notFound(_ what: String) -> APIError { APIError(.notFound, "\(what) was not found") }

    /// 400 for a request that is not what the route reads.
    static func badRequest(_ message: String) -> APIError { APIError(.badRequest, message) }

    /// The answer for an engine error: located input errors become 422 with their problems,
    /// store errors their kind's status; anything else is 500 without details.
    init(translating error: any Error) {
        switch error {
        case let error as APIError:
            self = error
        case let error as InputError:
            self = APIError(.unprocessableContent, error.description, problems: [Problem(error)])
        case let error as InputErrors:
            self = APIError(.unprocessableContent, error.description, problems: error.errors.map(Problem.init))
        case let error as ChangeSetError:
            self = APIError(
                .unprocessableContent, error.description,
                problems: error.problems.map {
                    Problem(
                        file: "operations", line: nil, field: "[\($0.source.position)]",
                        message: "\($0.change): \($0.message)")
                })
        case let error as PlanningError:
            self = APIError(
                .unprocessableContent, error.description,
                problems: error.problems.map { Problem(file: nil, line: nil, field: nil, message: $0) })
        case let error as ExchangeStoreError:
            self = APIError(Self.status(of: error.kind), error.message)
        default:
            self = APIError(.internalServerError, "the server could not complete this request")
        }
    }

    private static func status(of kind: ExchangeStoreError.Kind) -> HTTPResponse.Status {
        switch kind {
        case .notFound: .notFound
        case .conflict: .conflict
        case .invalidInput: .unprocessableContent
        case .busy: .serviceUnavailable
        default: .internalServerError
        }
    }
}

extension APIError.Problem {
    init(_ error: InputError) {
        self.init(file: error.file, line: error.line, field: error.field, message: error.message)
    }
}
