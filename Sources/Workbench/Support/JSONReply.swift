import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// JSON, text and file responses, built one way everywhere.
enum JSONReply {
    /// The encoder for every API answer: dates as ISO-8601, keys in a stable order.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// `value` as a JSON response.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        bytes(try encoder().encode(value), contentType: "application/json; charset=utf-8", status: status)
    }

    /// Bytes already encoded, with their content type.
    static func bytes(_ data: Data, contentType: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:])
        -> Response
    {
        var fields = headers
        fields[.contentType] = contentType
        fields[.cacheControl] = "no-store"
        fields[.contentTypeOptions] = "nosniff"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
