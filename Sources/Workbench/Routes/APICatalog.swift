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

    static let entries: [Entry] =
        [
            Entry(
                method: "get", path: "/api/meetings", summary: "The meetings in the store", body: nil, success: 200,
                produces: json),
            Entry(
                method: "post", path: "/api/meetings", summary: "Create a meeting in a shipped venue", body: json,
                success: 201, produces: json),
            Entry(
                method: "get", path: "/api/venues", summary: "The shipped venues", body: nil, success: 200,
                produces: json),
            Entry(
                method: "get", path: "/api/meetings/{meeting}",
                summary: "Overview: units, submissions, reminders, versions", body: nil, success: 200, produces: json),
            Entry(
                method: "post", path: "/api/meetings/{meeting}/plan",
                summary: "Plan now: pull, plan, check, store the next version", body: json, success: 201, produces: json
            ),
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
                method: "get", path: "/api/meetings/{meeting}/map", summary: "The seat map's data (?version=N)",
                body: nil,
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
                method: "get", path: "/api/meetings/{meeting}/versions/{version}/verification",
                summary: "Whether a plan version is genuine and unchanged (its SM2 signature)", body: nil,
                success: 200, produces: json),
            Entry(
                method: "post", path: "/api/meetings/{meeting}/checkins",
                summary: "Check a scanned pass in at a door ({code, door, scan_id})", body: json, success: 200,
                produces: json),
            Entry(
                method: "get", path: "/api/meetings/{meeting}/attendance",
                summary: "Who has arrived: counts per role and unit, the rostrum's missing", body: nil,
                success: 200, produces: json),
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
                method: "post", path: "/api/meetings/{meeting}/groups", summary: "Form the discussion groups",
                body: json,
                success: 201, produces: json),
            Entry(
                method: "get", path: "/api/meetings/{meeting}/events", summary: "Live events (server-sent events)",
                body: nil, success: 200, produces: "text/event-stream"),
            Entry(
                method: "get", path: "/api/openapi.json", summary: "This OpenAPI document", body: nil, success: 200,
                produces: json),
        ] + accountEntries + noticeEntries + portalEntries

    /// Sign-in, sessions, activation and the staff's account list.
    static let accountEntries: [Entry] = [
        Entry(
            method: "post", path: "/api/session", summary: "Sign in (login, password); sets the session cookies",
            body: json, success: 200, produces: json),
        Entry(
            method: "get", path: "/api/session", summary: "Who is signed in", body: nil, success: 200, produces: json),
        Entry(
            method: "post", path: "/api/session/sign-out", summary: "Sign out (ends the session)", body: json,
            success: 200, produces: json),
        Entry(
            method: "post", path: "/api/activate", summary: "Set a password with a one-time activation code",
            body: json, success: 200, produces: json),
        Entry(
            method: "get", path: "/api/accounts", summary: "Staff: every account", body: nil, success: 200,
            produces: json),
        Entry(
            method: "post", path: "/api/accounts", summary: "Staff: make an account with a one-time activation code",
            body: json, success: 201, produces: json),
        Entry(
            method: "post", path: "/api/accounts/{account}/reissue",
            summary: "Staff: a new activation code (old code, password and sessions stop working)", body: json,
            success: 200, produces: json),
    ]

    /// The staff's notices, delivery board and reminders.
    static let noticeEntries: [Entry] = [
        Entry(
            method: "get", path: "/api/meetings/{meeting}/notices", summary: "The meeting's notices", body: nil,
            success: 200, produces: json),
        Entry(
            method: "post", path: "/api/meetings/{meeting}/notices",
            summary: "Send a notice with attachments to all units, a district or chosen units", body: json,
            success: 201, produces: json),
        Entry(
            method: "get", path: "/api/meetings/{meeting}/board",
            summary: "The delivery board (?notice=&district=&state=)", body: nil, success: 200, produces: json),
        Entry(
            method: "post", path: "/api/meetings/{meeting}/notices/{notice}/read-reminders",
            summary: "催看: remind every unit that has not read the notice", body: json, success: 200, produces: json),
        Entry(
            method: "post", path: "/api/meetings/{meeting}/notices/{notice}/report-reminders",
            summary: "催报: remind every unit without a roster by the notice's deadline", body: json, success: 200,
            produces: json),
        Entry(
            method: "get", path: "/api/meetings/{meeting}/notices/{notice}/attachments/{attachment}",
            summary: "An attachment of a notice", body: nil, success: 200, produces: "application/octet-stream"),
        Entry(
            method: "get", path: "/api/meetings/{meeting}/directory.xlsx",
            summary: "The units' phone directory as XLSX", body: nil, success: 200,
            produces: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        Entry(
            method: "get", path: "/api/meetings/{meeting}/directory.pdf", summary: "The units' phone directory as PDF",
            body: nil, success: 200, produces: "application/pdf"),
    ]

    /// The units' portal: each unit's own notices, seats and rosters (and its subtree's).
    static let portalEntries: [Entry] = [
        Entry(
            method: "get", path: "/api/portal/meetings", summary: "Unit: the meetings the unit takes part in",
            body: nil, success: 200, produces: json),
        Entry(
            method: "get", path: "/api/portal/meetings/{meeting}/inbox", summary: "Unit: its notices", body: nil,
            success: 200, produces: json),
        Entry(
            method: "get", path: "/api/portal/meetings/{meeting}/notices/{notice}",
            summary: "Unit: open a notice (takes the read receipt)", body: nil, success: 200, produces: json),
        Entry(
            method: "get", path: "/api/portal/meetings/{meeting}/notices/{notice}/verification",
            summary: "Unit: whether its notice is genuine and unchanged (its SM2 signature)", body: nil,
            success: 200, produces: json),
        Entry(
            method: "get", path: "/api/portal/meetings/{meeting}/notices/{notice}/attachments/{attachment}",
            summary: "Unit: an attachment of its notice", body: nil, success: 200,
            produces: "application/octet-stream"),
        Entry(
            method: "get", path: "/api/portal/meetings/{meeting}/notices/{notice}/seats.pdf",
            summary: "Unit: its seat notice as PDF", body: nil, success: 200, produces: "application/pdf"),
        Entry(
            method: "get", path: "/api/portal/meetings/{meeting}/units",
            summary: "Unit: its status and that of the units below it", body: nil, success: 200, produces: json),
        Entry(
            method: "get", path: "/api/portal/meetings/{meeting}/units/{unit}/submissions",
            summary: "Unit: the rosters it (or a unit below it) submitted, with rejected rows", body: nil,
            success: 200, produces: json),
        Entry(
            method: "post", path: "/api/portal/meetings/{meeting}/units/{unit}/rosters",
            summary: "Unit: upload its roster (CSV or XLSX; ?file=NAME)", body: "application/octet-stream",
            success: 201, produces: json),
        Entry(
            method: "get", path: "/api/portal/meetings/{meeting}/units/{unit}/contact",
            summary: "Unit: its contact details (contact person, office phone, mobile)", body: nil, success: 200,
            produces: json),
        Entry(
            method: "post", path: "/api/portal/meetings/{meeting}/units/{unit}/contact",
            summary: "Unit: keep its contact details", body: json, success: 200, produces: json),
        Entry(
            method: "post", path: "/api/portal/meetings/{meeting}/reminders",
            summary: "District: 催报 to the units below it without a roster", body: json, success: 200, produces: json),
        Entry(
            method: "get", path: "/api/portal/template.xlsx", summary: "Unit: the roster template (XLSX)", body: nil,
            success: 200, produces: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
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
                operation["parameters"] = parameters + [writeHeader, csrfHeader]
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
            "400": error, "401": error, "403": error, "404": error, "409": error, "422": error, "429": error,
        ]
    }

    private static func pathParameters(_ path: String) -> [[String: Any]] {
        path.split(separator: "/").filter { $0.hasPrefix("{") }.map { part in
            let name = String(part.dropFirst().dropLast())
            let integers: Set<String> = ["meeting", "version", "notice", "attachment", "unit", "account"]
            let type = integers.contains(name) ? "integer" : "string"
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

    private static var csrfHeader: [String: Any] {
        [
            "name": "X-CSRF-Token", "in": "header", "required": false,
            "description": "Signed in: the value of the seatplan_csrf cookie (the session's CSRF token).",
            "schema": ["type": "string"],
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
