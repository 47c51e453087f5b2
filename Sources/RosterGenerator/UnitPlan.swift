import SeatPlanCore

/// The units of a generated roster in official order, and how many people of each role each
/// unit sends.
struct UnitPlan {
    /// One selected unit.
    struct Unit {
        let template: UnitTemplate
        /// Rostrum people from this unit: precedence and title.
        var rostrum: [(precedence: Int, title: String)] = []
        /// Delegation and special people by role (rostrum excluded).
        var counts: [Role: Int] = [:]
        /// How many of the unit's most senior delegation people are tagged `host`.
        var hosts = 0

        init(template: UnitTemplate) {
            self.template = template
        }
    }

    /// Counts that follow from the specification alone (no draws).
    struct Layout {
        /// The roles that make up units' delegations.
        let bodyRoles: [Role]
        /// People in delegations.
        let bodyCount: Int
        /// Guests sent by guest organisations (0 when guests are the delegations).
        let organisationGuests: Int
        let pressUnits: Int
        let staffUnits: Int
        let guestUnits: Int
        /// Leading organs the rostrum or the hosts need (市委, 市人大常委会, 市人民政府).
        let minimumBodyUnits: Int
        let maximumUnitSize: Int

        init(_ spec: RosterSpecification) {
            let hasDelegates = spec.memberCount + spec.nonvotingCount > 0
            bodyRoles = hasDelegates ? [.member, .nonvoting] : [.guest]
            bodyCount = hasDelegates ? spec.memberCount + spec.nonvotingCount : spec.guestCount
            organisationGuests = hasDelegates ? spec.guestCount : 0
            let largest = max(1, spec.maximumUnitSize)
            maximumUnitSize = largest
            func units(_ people: Int, perUnit: Int, pool: Int) -> Int {
                guard people > 0 else { return 0 }
                return min(pool, max((people + perUnit - 1) / perUnit, (people + largest - 1) / largest))
            }
            pressUnits = units(spec.pressCount, perUnit: 30, pool: UnitCatalog.media.count)
            staffUnits = units(spec.staffCount, perUnit: 40, pool: UnitCatalog.secretariats.count)
            guestUnits = units(
                spec.memberCount + spec.nonvotingCount > 0 ? spec.guestCount : 0, perUnit: 20,
                pool: UnitCatalog.guestOrganisations.count)
            minimumBodyUnits = spec.rostrumCount > 0 || spec.hostCount > 0 ? 3 : (bodyCount > 0 ? 1 : 0)
            specialCapacities = [
                ("press", spec.pressCount, pressUnits * largest),
                ("staff", spec.staffCount, staffUnits * largest),
                ("guest", organisationGuests, guestUnits * largest),
            ]
        }

        /// Units that send only press, staff or guests.
        var specialUnitCount: Int { pressUnits + staffUnits + guestUnits }
        /// (role, people, places) for press, staff and organisation guests.
        let specialCapacities: [(String, Int, Int)]
    }

    /// The units in official order (unit_order = index + 1).
    private(set) var units: [Unit]

    /// Selects the units and fills in every count.
    init(_ spec: RosterSpecification, using draws: inout Draws) {
        let layout = Layout(spec)
        let catalog = UnitCatalog.all
        var chosen =
            Array(UnitCatalog.media.prefix(layout.pressUnits))
            + Array(UnitCatalog.secretariats.prefix(layout.staffUnits))
            + Array(UnitCatalog.guestOrganisations.prefix(layout.guestUnits))
        let bodyUnitCount = spec.unitCount - chosen.count
        chosen += UnitCatalog.leadership.prefix(bodyUnitCount)
        let ordinary = catalog.indices.filter { catalog[$0].category == .ordinary }
        chosen += draws.sample(bodyUnitCount - min(bodyUnitCount, UnitCatalog.leadership.count), of: ordinary.count).map
        { ordinary[$0] }
        units = chosen.sorted().map { Unit(template: catalog[$0]) }

        spreadSpecial(.press, spec.pressCount, over: .media, using: &draws)
        spreadSpecial(.staff, spec.staffCount, over: .secretariat, using: &draws)
        spreadSpecial(.guest, layout.organisationGuests, over: .guestOrganisation, using: &draws)
        let body = units.indices.filter {
            units[$0].template.category == .leadership || units[$0].template.category == .ordinary
        }
        placeRostrum(spec.rostrumCount, bodyUnits: body)
        placeHosts(spec.hostCount, bodyUnits: body)
        placeDelegations(spec, layout: layout, bodyUnits: body, using: &draws)
    }

    /// Splits press, staff or organisation guests evenly over the units of a category.
    private mutating func spreadSpecial(
        _ role: Role, _ count: Int, over category: UnitCategory, using draws: inout Draws
    ) {
        let weights = units.map { $0.template.category == category ? 1.0 : 0.0 }
        for (index, part) in Apportionment.split(count, weights: weights, using: &draws).enumerated() where part > 0 {
            units[index].counts[role, default: 0] += part
        }
    }

    /// Seats the city's leaders first (`RostrumLadder`), then heads of the other units in
    /// official order, a second person per unit on a second pass, and so on.
    private mutating func placeRostrum(_ count: Int, bodyUnits: [Int]) {
        guard count > 0 else { return }
        let leaders = bodyUnits.filter { units[$0].template.category == .leadership }
        let others = bodyUnits.filter { units[$0].template.category != .leadership }
        let rest = others.isEmpty ? leaders : others
        for precedence in 1...count {
            let ladderIndex = precedence - 1
            if ladderIndex < RostrumLadder.entries.count, !leaders.isEmpty {
                let entry = RostrumLadder.entries[ladderIndex]
                let unit = leaders[entry.organ % leaders.count]
                units[unit].rostrum.append((precedence, entry.title))
            } else {
                let position = (ladderIndex - (leaders.isEmpty ? 0 : RostrumLadder.entries.count)) % rest.count
                let unit = rest[position]
                let title = units[unit].template.ladder.title(at: units[unit].rostrum.count)
                units[unit].rostrum.append((precedence, title))
            }
        }
    }

    /// The hosting units are 市委 and 市人民政府 (or the first units), sharing the hosts.
    private mutating func placeHosts(_ count: Int, bodyUnits: [Int]) {
        guard count > 0, let first = bodyUnits.first else { return }
        let hostingNames = ["市委", "市人民政府"]
        var hosting = bodyUnits.filter { hostingNames.contains(units[$0].template.name) }
        if hosting.isEmpty { hosting = [first] }
        for (position, unit) in hosting.enumerated() {
            units[unit].hosts = count / hosting.count + (position < count % hosting.count ? 1 : 0)
        }
    }

    /// Draws delegation sizes (skewed small, at least one person per unit) and splits them
    /// into members and non-voting attendees.
    private mutating func placeDelegations(
        _ spec: RosterSpecification, layout: Layout, bodyUnits: [Int], using draws: inout Draws
    ) {
        let lower = bodyUnits.map { max(1, units[$0].hosts) }
        let upper = zip(bodyUnits, lower).map { unit, least in
            max(layout.maximumUnitSize - units[unit].rostrum.count, least)
        }
        let sizes = UnitSizeSampler.draw(total: layout.bodyCount, lower: lower, upper: upper, using: &draws)
        guard layout.bodyRoles.count == 2 else {
            for (position, unit) in bodyUnits.enumerated() { units[unit].counts[.guest, default: 0] += sizes[position] }
            return
        }
        let occupied = sizes.filter { $0 > 0 }.count
        let baseMembers = spec.memberCount >= occupied ? 1 : 0
        let base = sizes.map { $0 > 0 ? baseMembers : 0 }
        let nonvoting = Apportionment.split(
            spec.nonvotingCount, weights: sizes.indices.map { Double(sizes[$0] - base[$0]) }, using: &draws)
        for (position, unit) in bodyUnits.enumerated() {
            units[unit].counts[.member] = sizes[position] - nonvoting[position]
            units[unit].counts[.nonvoting] = nonvoting[position]
        }
    }
}
