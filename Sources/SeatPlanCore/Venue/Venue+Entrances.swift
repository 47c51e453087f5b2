extension Venue {
    /// The entrance (入口) the venue file names for a hall seat on `floor` in `block`: the
    /// block's own entry in the floor's `entrances`, else the floor's `entrance`, else the
    /// hall's; `nil` when the file names none.
    public func hallEntrance(floor: Int, block: String?) -> String? {
        guard let hallFloor = hall?.floors.first(where: { $0.number == floor }) else { return nil }
        if let block, let entrance = hallFloor.blockEntrances[block] { return entrance }
        return hallFloor.entrance
    }

    /// The name printed for hall floor `floor` (e.g. "一楼"), or `nil` when the hall has no such floor.
    public func hallFloorName(_ floor: Int) -> String? {
        hall?.floors.first { $0.number == floor }?.name
    }
}
