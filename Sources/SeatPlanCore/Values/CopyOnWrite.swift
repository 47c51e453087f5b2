/// A value kept out of line in one shared, immutable box, so that copying it costs one reference
/// count instead of one per field: plans and venues pass thousands of seats and assignments around.
///
/// Reading a member goes through the box (`wrapped.name`); changing one puts the changed value
/// in a new box, so copies never see each other's changes and the box needs no lock:
///
/// ```swift
/// var a = CopyOnWrite(Person(name: "张三", unit: "财政局"))
/// let b = a
/// a.name = "李四"          // a gets a new box; b still reads "张三"
/// ```
///
/// Writes are rare where it is used (a re-plan rewrites only the people who changed), so a new
/// box per write costs less than keeping a mutable box safe to share between threads.
@dynamicMemberLookup
public struct CopyOnWrite<Value: Sendable>: Sendable {
    /// The box: immutable, hence safe to share between threads.
    @usableFromInline
    final class Box: Sendable {
        @usableFromInline let value: Value

        @usableFromInline
        init(_ value: Value) { self.value = value }
    }

    @usableFromInline
    var box: Box

    /// Boxes `value`.
    @inlinable
    public init(_ value: Value) { box = Box(value) }

    /// The whole value; setting it puts the new value in a new box.
    @inlinable
    public var value: Value {
        get { box.value }
        set { box = Box(newValue) }
    }

    /// A member of the value.
    @inlinable
    public subscript<Member>(dynamicMember keyPath: KeyPath<Value, Member>) -> Member {
        box.value[keyPath: keyPath]
    }

    /// A member of the value; setting it puts a changed copy in a new box.
    @inlinable
    public subscript<Member>(dynamicMember keyPath: WritableKeyPath<Value, Member>) -> Member {
        get { box.value[keyPath: keyPath] }
        set {
            var changed = box.value
            changed[keyPath: keyPath] = newValue
            box = Box(changed)
        }
    }

    /// Whether both share one box (and so certainly hold equal values).
    @inlinable
    public func sharesStorage(with other: CopyOnWrite) -> Bool { box === other.box }
}

extension CopyOnWrite: Equatable where Value: Equatable {
    /// Equal when the values are; a shared box is compared in one step.
    @inlinable
    public static func == (lhs: CopyOnWrite, rhs: CopyOnWrite) -> Bool {
        lhs.box === rhs.box || lhs.box.value == rhs.box.value
    }
}

extension CopyOnWrite: Hashable where Value: Hashable {
    /// Hashes the value.
    @inlinable
    public func hash(into hasher: inout Hasher) { hasher.combine(box.value) }
}
