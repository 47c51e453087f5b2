/// The best packing in which every group is a run of consecutive clusters (in the bins of
/// first-fit decreasing; or merge keys together in official order, larger clusters first within
/// a key; or simply larger clusters first, whichever packs first): a line-breaking problem solved
/// exactly by dynamic programming over (groups formed, clusters placed), as the hall planner
/// breaks units into rows. The cost of a run as group g is the packing objective's: people outside the balanced
/// sizes plus 3 per merge key present. Runs never hold two pieces of one block or a keep-apart
/// pair. Group g takes ⌊F/G⌋ or ⌈F/G⌉ free leaders (the first F mod G groups one more).
///
/// Used for packings too large for one GLPK model, as the start that ``PackingDecomposition``
/// improves window by window.
struct ContiguousPacking {
    let problem: PackingProblem

    /// How the clusters of a pool are ordered before they are cut into runs.
    enum Order: CaseIterable {
        /// The bins of first-fit decreasing one after the other (a cluster goes to the first
        /// bin with room that shares its merge key, else the first with room), so the runs can
        /// at least reproduce that packing.
        case binned
        /// Fill order, and within a merge key the larger clusters first.
        case byKey
        /// The larger clusters first, whatever their key (always packs when bins allow).
        case bySize
    }

    /// The packing and its objective in the first order that packs, or `nil`.
    func pack() -> (packing: Packing, objective: Double)? {
        for order in Order.allCases {
            if let packed = pack(order) { return packed }
        }
        return nil
    }

    /// The clusters of `members` in `order`.
    func ordered(_ members: [Int], _ order: Order) -> [Int] {
        let fill = PackingModel.fillOrder(members.map { problem.clusters[$0] }).map { members[$0] }
        let rank = Dictionary(uniqueKeysWithValues: fill.enumerated().map { ($1, $0) })
        let size = { (c: Int) in problem.clusters[c].members.count }
        switch order {
        case .binned:
            return binned(fill)
        case .byKey:
            // Runs of one merge key keep their place; within a run, larger clusters first.
            var runs: [[Int]] = []
            for c in fill {
                if let last = runs.last?.last,
                    problem.clusters[last].mergeKeys.first == problem.clusters[c].mergeKeys.first,
                    problem.clusters[c].mergeKeys.first != nil
                {
                    runs[runs.count - 1].append(c)
                } else {
                    runs.append([c])
                }
            }
            return runs.flatMap { run in run.sorted { (size($0), -(rank[$0] ?? 0)) > (size($1), -(rank[$1] ?? 0)) } }
        case .bySize:
            return fill.sorted { (size($0), -(rank[$0] ?? 0)) > (size($1), -(rank[$1] ?? 0)) }
        }
    }

    /// First-fit decreasing into bins of the balanced size (free leaders counted), preferring
    /// a bin that shares the cluster's merge key; the bins' clusters in bin order.
    private func binned(_ fill: [Int]) -> [Int] {
        let groupCount = max(1, problem.groupCount)
        let balanced = problem.balancedSizes
        let capacity = (balanced.first?.upperBound ?? 0) - problem.freeLeaders / groupCount
        let bySize = fill.enumerated().sorted {
            (problem.clusters[$0.element].members.count, -$0.offset) > (
                problem.clusters[$1.element].members.count, -$1.offset
            )
        }.map(\.element)
        var bins: [(clusters: [Int], size: Int, keys: Set<String>, blocks: Set<Int>)] = []
        for c in bySize {
            let cluster = problem.clusters[c]
            let fits = bins.indices.filter {
                bins[$0].size + cluster.members.count <= capacity && !bins[$0].blocks.contains(cluster.block)
            }
            if let b = fits.first(where: { !bins[$0].keys.isDisjoint(with: cluster.mergeKeys) }) ?? fits.first {
                bins[b].clusters.append(c)
                bins[b].size += cluster.members.count
                bins[b].keys.formUnion(cluster.mergeKeys)
                bins[b].blocks.insert(cluster.block)
            } else {
                bins.append(([c], cluster.members.count, Set(cluster.mergeKeys), [cluster.block]))
            }
        }
        return bins.flatMap(\.clusters)
    }
}
