/// A setting of the outbox worker that is missing or wrong, naming the command-line option and
/// what is wrong with it, e.g. `--sms-gateway-url: must start with http:// or https://`.
public struct OutboxSettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The option concerned, as `seatplan serve` spells it (e.g. `--sms-gateway-url`).
    public var option: String
    /// What is wrong, without secrets.
    public var problem: String

    /// Creates an error about `option`.
    public init(option: String, _ problem: String) {
        self.option = option
        self.problem = problem
    }

    /// `OPTION: problem`.
    public var description: String { "\(option): \(problem)" }
}
