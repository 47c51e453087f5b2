extension [PlanVersionInfo] {
    /// The stored id of plan version `number` among these versions of one meeting.
    ///
    /// - Throws: ``ExchangeStoreError/Kind/notFound`` naming the versions there are.
    package func id(ofVersion number: Int, store: String) throws(ExchangeStoreError) -> Int64 {
        guard let info = first(where: { $0.version == number }) else {
            let known = map { String($0.version) }.joined(separator: ", ")
            throw ExchangeStoreError(
                .notFound, store: store, "has no plan version \(number) (versions: \(known.isEmpty ? "none" : known))")
        }
        return info.id.rawValue
    }
}
