/// The units a request may reach: the signed-in unit (by name) and the units below it. A web
/// server sets it for a unit's request (`UnitReach.$current.withValue(…)`) after its own
/// checks; a store that supports it (PostgreSQL's row-level security) then shows and changes
/// only those units' rows, as a second wall behind the server's checks. Staff requests and
/// the tool's commands run without one. The SQLite store relies on the server's checks alone.
public enum UnitReach {
    /// The name of the unit whose subtree the running task may reach, or `nil` for all.
    @TaskLocal public static var current: String?
}
