import Grouping
import SeatPlanCore

/// The diversity matrix of `group_by: mix`: d(i, j) grows with how different two people are,
/// so that maximising the within-group sum balances every group on units, sectors, regions,
/// gender and rank bands; the rules become large weights.
///
/// d(i, j) = 4 (different units) + 3 (different sectors) + 2 (different regions)
///         + 1.5 (different genders) + 1.5 · |rank band difference| / 3
///         + 2 per leader–member affinity (native place, former post)
///         − 200 for two leaders (spread them), − 5000 kept apart, + 5000 kept together.
struct MixedDiversity {
    static let unitWeight = 4.0
    static let sectorWeight = 3.0
    static let regionWeight = 2.0
    static let genderWeight = 1.5
    static let rankWeight = 1.5
    static let affinityWeight = 2.0
    static let leaderPair = -200.0
    static let keptApart = -5000.0
    static let keptTogether = 5000.0
    /// Rank bands: precedence quartiles among the people grouped.
    static let rankBands = 4

    let people: [Attendee]
    let leaders: Set<Int>
    let keep: KeepRules

    /// Builds the matrix; O(n²) time and memory (the Grouping module stores it as `Float` above
    /// 3,000 people).
    func matrix() -> DiversityMatrix {
        let n = people.count
        let unit = codes(people.map(\.unit))
        let sector = codes(people.map { RosterTags.value(RosterTags.sector, of: $0) })
        let region = codes(people.map { RosterTags.value(RosterTags.region, of: $0) })
        let gender = people.map { person -> Int in
            switch person.gender {
            case .male: 0
            case .female: 1
            case nil: -1
            }
        }
        let band = rankBands()
        let isLeader = (0..<n).map { leaders.contains($0) }
        let special = specialPairs()
        let hasSpecial = (0..<n).map { special[$0] != nil }
        return DiversityMatrix(count: n) { i, j in
            var d = 0.0
            if unit[i] != unit[j] { d += Self.unitWeight }
            if sector[i] >= 0, sector[j] >= 0, sector[i] != sector[j] { d += Self.sectorWeight }
            if region[i] >= 0, region[j] >= 0, region[i] != region[j] { d += Self.regionWeight }
            if gender[i] >= 0, gender[j] >= 0, gender[i] != gender[j] { d += Self.genderWeight }
            d += Self.rankWeight * Double(abs(band[i] - band[j])) / Double(Self.rankBands - 1)
            if isLeader[i], isLeader[j] { d += Self.leaderPair }
            if hasSpecial[i], let extra = special[i]?[j] { d += extra }
            return d
        }
    }

    /// Small integer codes for the values of one attribute; −1 for a missing value.
    private func codes(_ values: [String?]) -> [Int] {
        var known: [String: Int] = [:]
        return values.map { value in
            guard let value else { return -1 }
            if let code = known[value] { return code }
            known[value] = known.count
            return known.count - 1
        }
    }

    /// Each person's rank band: 0 for the most senior quarter, up to 3.
    private func rankBands() -> [Int] {
        let order = people.indices.sorted { (people[$0].precedence, $0) < (people[$1].precedence, $1) }
        var band = Array(repeating: 0, count: people.count)
        for (rank, person) in order.enumerated() { band[person] = rank * Self.rankBands / max(1, people.count) }
        return band
    }

    /// The rules' and affinities' extra weights, both ways round.
    private func specialPairs() -> [Int: [Int: Double]] {
        var extra: [Int: [Int: Double]] = [:]
        func add(_ i: Int, _ j: Int, _ value: Double) {
            extra[i, default: [:]][j, default: 0] += value
            extra[j, default: [:]][i, default: 0] += value
        }
        for set in keep.together {
            for (offset, i) in set.enumerated() { for j in set.dropFirst(offset + 1) { add(i, j, Self.keptTogether) } }
        }
        for (i, j) in keep.apart { add(i, j, Self.keptApart) }
        // Who offers each affinity value, computed once: leaders × members would be slow.
        var offering: [String: [Int]] = [:]
        for member in people.indices where !leaders.contains(member) {
            for value in RosterTags.affinityTargets(of: people[member]) { offering[value, default: []].append(member) }
        }
        for leader in leaders.sorted() {
            var matched = Set<Int>()
            for value in RosterTags.affinity(of: people[leader]) { matched.formUnion(offering[value] ?? []) }
            for member in matched.sorted() { add(leader, member, Self.affinityWeight) }
        }
        return extra
    }
}
