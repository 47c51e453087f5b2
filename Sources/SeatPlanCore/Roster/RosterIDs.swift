/// Where a roster's ids and unit orders come from.
public enum RosterIDs: Sendable, Equatable {
    /// The file has `id` and `unit_order` columns (a planner's roster: plans, reseats and
    /// change logs refer to people by these ids).
    case fromFile
    /// A unit's own upload (e.g. the Chinese template): when the file has no `id` column,
    /// each accepted row gets the id `单位/姓名` (and `单位/姓名/2`, `/3`… for a name repeated in
    /// the unit), stable when rows are reordered or added; when it has no `unit_order` column,
    /// the order is 1 (the store replaces it with the unit's official order when it merges).
    case generatedWhenAbsent
}
