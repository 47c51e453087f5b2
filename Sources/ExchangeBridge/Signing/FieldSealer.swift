/// Encrypts personal fields (a unit's contact person, office phone and mobile) before the store
/// writes them and decrypts them when it reads them (SM4-CTR with HMAC-SM3 in the `OfficeKeys`
/// module, under the office's data key). The store stays free of cryptography.
public protocol FieldSealer: Sendable {
    /// `value` sealed for `field` (e.g. `units.mobile`), as text the store keeps; it starts
    /// with ``sealedPrefix``.
    func seal(_ value: String, field: String) throws -> String
    /// The value of a sealed `stored` text of `field`; throws when it was changed or sealed
    /// under another key or for another field.
    func open(_ stored: String, field: String) throws -> String
}

extension FieldSealer {
    /// How every sealed text begins, so that sealed and plain values can be told apart.
    public static var sealedPrefix: String { "sm4:" }
}
