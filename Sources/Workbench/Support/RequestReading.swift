import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SeatPlanCore

/// Reading what a request carries, with 400s that say what is wrong.
extension Request {
    /// The largest body the API reads (a roster of 10,000 people is about 1 MB).
    static let largestBody = 16 * 1024 * 1024

    /// The body's bytes.
    mutating func bodyData() async throws -> Data {
        do {
            return Data((try await collectBody(upTo: Self.largestBody)).readableBytesView)
        } catch {
            throw APIError(.contentTooLarge, "the request body is larger than \(Self.largestBody / 1024 / 1024) MB")
        }
    }

    /// The body decoded as JSON into `type`; a malformed body is a 400 naming the field.
    mutating func json<Value: Decodable>(_ type: Value.Type) async throws -> Value {
        let data = try await bodyData()
        do {
            return try JSONDecoder().decode(Value.self, from: data.isEmpty ? Data("{}".utf8) : data)
        } catch let error as DecodingError {
            let problem = InputError(decoding: error, file: "request body", what: "JSON")
            throw APIError(.badRequest, problem.description, problems: [APIError.Problem(problem)])
        }
    }

    /// A query parameter, or `nil`.
    func query(_ name: String) -> String? {
        uri.queryParameters.get(name)
    }

    /// An integer query parameter, or `nil`; a present one that is not a whole number is a 400.
    func integerQuery(_ name: String) throws -> Int? {
        guard let text = query(name) else { return nil }
        guard let value = Int(text) else {
            throw APIError.badRequest("query parameter '\(name)' must be a whole number")
        }
        return value
    }
}

extension Parameters {
    /// A whole-number path parameter; anything else is a 404 (no such meeting or version).
    func id(_ name: String, what: String) throws -> Int64 {
        guard let text = get(name), let value = Int64(text), value > 0 else {
            throw APIError.notFound("\(what) '\(get(name) ?? "")'")
        }
        return value
    }
}
