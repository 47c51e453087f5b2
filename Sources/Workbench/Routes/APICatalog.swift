import Foundation
import Hummingbird

/// Every route of the JSON API, described once: the OpenAPI document at `/api/openapi.json` is
/// made from this list, and a test calls every entry to prove each one exists.
enum APICatalog {
    struct Entry: Sendable {
        let method: String
        let path: String
        let summary: String
        /// The body's media type for writes (`application/json`, `text/csv`), or `nil`.
        let body: String?
        /// The success status and its media type.
        let success: Int
        let produces: String
    }

    static let json = "application/json"

    static let entries: [Entry] = [
        Entry(
            method: "get", path: "/api/meetings", summary: "The meetings in the store", body: nil, success: 200,
            produces: json),
        Entry(
            method: "post", path: "/api/meetings", summary: "Create a meeting in a shipped venue", body: json,
            success: 201, produces: json),
        Entry(
            method: "get", path: "/api/venues", summary: "The shipped venues", body: nil, success: 200, produces: json),
        Entry(
            method: "get", path: "/api/meetings/{meeting}",
            summary: "Overview: units, submissions, reminders, versions", body: nil, success: 200, produces: json),
        Entry(
            method: "post", path: "/api/meetings/{meeting}/plan",
            summary: "Plan now: pull, plan, check, store the next version", body: json, success: 201, produces: json),
        Entry(
            method: "post", path: "/api/meetings/{meeting}/reminders",
            summary: "Queue reminders for units without a roster", body: json, success: 200, produces: json),
        Entry(
            method: "post", path: "/api/meetings/{meeting}/units", summary: "Upload units.csv", body: "text/csv",
            success: 200, produces: json),
        Entry(
            method: "post", path: "/api/meetings/{meeting}/rosters", summary: "Upload a unit's roster (?unit=NAME)",
            body: "text/csv", success: 201, produces: json),
        Entry(
            method: "get", path: "/api/meetings/{meeting}/map", summary: "The seat map's data (?version=N)", body: nil,
            success: 200, produces: json),
        Entry(
            method: "get", path: "/api/meetings/{meeting}/search",
            summary: "Find people by name, id, unit or pinyin (?q=)", body: nil, success: 200, produces: json),
        Entry(
            method: "post", path: "/api/meetings/{meeting}/changes/preview", summary: "What a late change would do",
            body: json, success: 200, produces: json),
        Entry(
            method: "post", path: "/api/meetings/{meeting}/changes/apply",
            summary: "Apply a late change as the next version", body: json, success: 201, produces: json),
        Entry(
            method: "get", path: "/api/meetings/{meeting}/changes/{request}",
            summary: "Whether a change request landed", body: nil, success: 200, produces: json),
        Entry(
            method: "get", path: "/api/meetings/{meeting}/versions", summary: "The plan versions", body: nil,
            success: 200, produces: json),
        Entry(
            method: "get", path: "/api/meetings/{meeting}/versions/diff",
            summary: "The diff of two versions (?from=&to=)", body: nil, success: 200, produces: json),
        Entry(
            method: "post", path: "/api/meetings/{meeting}/versions/{version}/restore",
            summary: "Restore a version as a new one", body: json, success: 201, produces: json),
        Entry(
            method: "get", path: "/api/meetings/{meeting}/print/{kind}",
            summary: "A printed output as PDF (?version=N)", body: nil, success: 200, produces: "application/pdf"),
        Entry(
            method: "get", path: "/api/meetings/{meeting}/groups", summary: "The discussion groups (groups.json)",
            body: nil, success: 200, produces: json),
        Entry(
            method: "post", path: "/api/meetings/{meeting}/groups", summary: "Form the discussion groups", body: json,
            success: 201, produces: json),
        Entry(
            method: "get", path: "/api/meetings/{meeting}/events", summary: "Live events (server-sent events)",
            body: nil, success: 200, produces: "text/event-stream"),
        Entry(
            method: "get", path: "/api/openapi.json", summary: "This OpenAPI document", body: nil, success: 200,
            produces: json),
    ]

    /// The OpenAPI 3.1 document.
    static func document() throws -> Data {
        var paths: [String: [String: Any]] = [:]
        for entry in entries {
            var operation: [String: Any] = [
                "summary": entry.summary,
                "operationId": "\(entry.method) \(entry.path)",
                "responses": responses(entry),
            ]
            let parameters = pathParameters(entry.path)
            if !parameters.isEmpty { operation["parameters"] = parameters }
            if let body = entry.body {
                operation["requestBody"] = [
                    "required": true, "content": [body: ["schema": ["type": body == json ? "object" : "string"]]],
                ]
                operation["parameters"] = parameters + [writeHeader]
            }
            paths[entry.path, default: [:]][entry.method] = operation
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": [
                "title": "SeatPlan workbench API", "version": "1",
                "description": "The JSON API the workbench's pages use; see docs/workbench-api.md.",
            ],
            "paths": paths,
            "components": ["schemas": ["Error": errorSchema]],
        ]
        return try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    private static func responses(_ entry: Entry) -> [String: Any] {
        let schema: [String: Any] = entry.produces == json ? ["type": "object"] : ["type": "string"]
        let error: [String: Any] = [
            "description": "error", "content": [json: ["schema": ["$ref": "#/components/schemas/Error"]]],
        ]
        return [
            "\(entry.success)": ["description": "success", "content": [entry.produces: ["schema": schema]]],
            "400": error, "404": error, "409": error, "422": error,
        ]
    }

    private static func pathParameters(_ path: String) -> [[String: Any]] {
        path.split(separator: "/").filter { $0.hasPrefix("{") }.map { part in
            let name = String(part.dropFirst().dropLast())
            let type = name == "meeting" || name == "version" ? "integer" : "string"
            return ["name": name, "in": "path", "required": true, "schema": ["type": type]]
        }
    }

    private static var writeHeader: [String: Any] {
        [
            "name": "X-SeatPlan-Request", "in": "header", "required": true,
            "description": "Must be 1: writes from other sites cannot set it.",
            "schema": ["type": "string", "enum": ["1"]],
        ]
    }

    private static var errorSchema: [String: Any] {
        [
            "type": "object", "required": ["error"],
            "properties": [
                "error": [
                    "type": "object", "required": ["status", "message"],
                    "properties": [
                        "status": ["type": "integer"], "message": ["type": "string"], "file": ["type": "string"],
                        "line": ["type": "integer"], "field": ["type": "string"],
                        "problems": ["type": "array", "items": ["type": "object"]],
                        "latestVersion": ["type": "integer"],
                    ],
                ]
            ],
        ]
    }
}
