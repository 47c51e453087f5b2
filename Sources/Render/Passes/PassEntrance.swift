import SeatPlanCore

/// The entrance (入口) printed on a pass.
///
/// The venue file names entrances by hand (see the README's venue format): a hall block's own
/// entry in its floor's `entrances`, else the floor's `entrance`, else the hall's; the rostrum's
/// `entrance` for rostrum seats. When the file names none, the pass says where to head instead:
/// the floor and block of a hall seat ("一楼 中区"), "主席台" for the rostrum, and the venue's
/// name for a banquet table.
enum PassEntrance {
    /// The entrance for `entry` in `venue`.
    static func text(for entry: PlacedPlan.Entry, venue: Venue) -> String {
        let assignment = entry.assignment
        switch assignment.area {
        case .rostrum:
            return venue.rostrum?.entrance ?? "主席台"
        case .hall:
            guard let floor = assignment.floor ?? entry.seat?.floor else { return venue.name }
            let block = entry.seat?.block
            if let named = venue.hallEntrance(floor: floor, block: block) { return named }
            let floorName = venue.hallFloorName(floor) ?? ChineseNumerals.floorName(floor)
            return [floorName, block ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        case .banquet:
            return venue.name
        }
    }
}
