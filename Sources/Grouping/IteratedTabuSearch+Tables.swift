extension IteratedTabuSearch {
    /// Brings `own[j]` (each element's gain towards its own group) and `bestIn[b · G + a]`
    /// (the best move delta into group a over the members of group b) up to date.
    ///
    /// A step between groups A and B changes the gains towards A and B of every element, and
    /// `own` only for the members of A and B, so only the columns A, B and the rows A, B of
    /// `bestIn` are recomputed: O(n + G · (|A| + |B|)) instead of O(n · G).
    func refreshTables() {
        let n = state.n
        let g = state.groupCount
        if tablesStale {
            for j in 0..<n { own[j] = state.gain[state.group[j] &* n &+ j] }
            for index in 0..<(g &* g) { bestIn[index] = -.infinity }
            for a in 0..<g { refreshColumn(a) }
            tablesStale = false
            return
        }
        let (first, second) = touchedGroups
        refreshOwn(first)
        refreshOwn(second)
        for b in 0..<g {
            bestIn[b &* g &+ first] = -.infinity
            bestIn[b &* g &+ second] = -.infinity
        }
        for a in 0..<g {
            bestIn[first &* g &+ a] = -.infinity
            bestIn[second &* g &+ a] = -.infinity
        }
        refreshColumn(first)
        refreshColumn(second)
        refreshRow(first, except: first, second)
        refreshRow(second, except: first, second)
    }

    /// Recomputes `own` for the members of group `t`.
    private func refreshOwn(_ t: Int) {
        let n = state.n
        let start = state.memberStart[t]
        for k in start..<(start &+ state.size[t]) {
            let j = state.members[k]
            own[j] = state.gain[t &* n &+ j]
        }
    }

    /// Recomputes `bestIn[· · G + a]` from every element (the entries must be −∞ first).
    private func refreshColumn(_ a: Int) {
        let n = state.n
        let g = state.groupCount
        let gain = state.gain
        let group = state.group
        let row = a &* n
        for j in 0..<n {
            let index = group[j] &* g &+ a
            let delta = gain[row &+ j] - own[j]
            if delta > bestIn[index] { bestIn[index] = delta }
        }
    }

    /// Recomputes `bestIn[b · G + a]` for every group a but the two given, from b's members
    /// (the entries must be −∞ first).
    private func refreshRow(_ b: Int, except first: Int, _ second: Int) {
        let n = state.n
        let g = state.groupCount
        let start = state.memberStart[b]
        for k in start..<(start &+ state.size[b]) {
            let j = state.members[k]
            let ownJ = own[j]
            for a in 0..<g where a != first && a != second {
                let index = b &* g &+ a
                let delta = state.gain[a &* n &+ j] - ownJ
                if delta > bestIn[index] { bestIn[index] = delta }
            }
        }
    }
}
