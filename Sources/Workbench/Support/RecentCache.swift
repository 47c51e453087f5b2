/// A small cache that keeps the `capacity` entries used most recently.
struct RecentCache<Key: Hashable, Value> {
    private var entries: [Key: Value] = [:]
    private var order: [Key] = []
    let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The value for `key`, or `nil`; setting one makes it the most recent and may drop the oldest.
    subscript(key: Key) -> Value? {
        get { entries[key] }
        set {
            order.removeAll { $0 == key }
            guard let newValue else {
                entries[key] = nil
                return
            }
            entries[key] = newValue
            order.append(key)
            while order.count > capacity { entries[order.removeFirst()] = nil }
        }
    }
}

extension RecentCache: Sendable where Key: Sendable, Value: Sendable {}
