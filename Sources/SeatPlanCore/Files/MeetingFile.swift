import Foundation

/// A meeting description: its title and date, and where its venue and roster files are.
///
/// ```yaml
/// title: 全市经济工作会议
/// venue: ../municipal-hall.yaml   # relative to this file
/// roster: roster.csv
/// date: 2026-12-01
/// rooms: ../breakout-rooms.yaml   # optional: the discussion groups' rooms
/// group_rules: groups.yaml        # optional: the discussion groups' rules
/// ```
public struct MeetingFile: Sendable, Equatable {
    /// The meeting's title as printed.
    public var title: String
    /// The date as printed (free text, e.g. 2026-12-01 or 2026年12月1日).
    public var date: String
    /// The venue file.
    public var venue: URL
    /// The roster CSV.
    public var roster: URL
    /// The venue file with the discussion groups' rooms, if given.
    public var rooms: URL?
    /// The rules file for the discussion groups, if given.
    public var groupRules: URL?

    /// Reads a meeting file; relative paths are resolved against its folder.
    public static func read(contentsOf url: URL) throws(InputError) -> MeetingFile {
        let root = try YAMLValue.read(contentsOf: url).mapping(
            allowedKeys: ["title", "date", "venue", "roster", "rooms", "group_rules"])
        let folder = url.deletingLastPathComponent()
        func resolve(_ key: String) throws(InputError) -> URL {
            let value = try root.required(key)
            let path = try value.string()
            let resolved = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: resolved.path) else {
                throw value.error(
                    "names '\(path)', which does not exist (looked for \(resolved.standardizedFileURL.path))")
            }
            return resolved.standardizedFileURL
        }
        return MeetingFile(
            title: try root.required("title").string(), date: try root["date"]?.string() ?? "",
            venue: try resolve("venue"), roster: try resolve("roster"),
            rooms: root["rooms"] == nil ? nil : try resolve("rooms"),
            groupRules: root["group_rules"] == nil ? nil : try resolve("group_rules"))
    }
}
