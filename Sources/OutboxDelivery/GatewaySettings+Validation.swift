import Foundation

extension GatewaySettings {
    /// Checks the gateway settings; the error names the option and what is wrong (never a secret).
    public func validate() throws(OutboxSettingsError) {
        guard let parts = URLComponents(string: url), let scheme = parts.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = parts.host, !host.isEmpty
        else {
            throw OutboxSettingsError(option: "--sms-gateway-url", "must be an http:// or https:// URL with a host")
        }
        guard parts.user == nil, parts.password == nil else {
            throw OutboxSettingsError(
                option: "--sms-gateway-url",
                "must not hold a user or password; use --sms-credential-env or --sms-credential-file")
        }
        guard timeout > .zero else { throw OutboxSettingsError(option: "--sms-gateway-timeout", "must be positive") }
        try validateTemplate()
        try validateCredential()
    }

    private func validateTemplate() throws(OutboxSettingsError) {
        let used = template.usedPlaceholders
        let unknown = used.filter { !BodyTemplate.placeholders.contains($0) }
        guard unknown.isEmpty else {
            let known = BodyTemplate.placeholders.sorted().map { "{{\($0)}}" }.joined(separator: ", ")
            throw OutboxSettingsError(
                option: "--sms-gateway-body",
                "unknown placeholder \(unknown.map { "{{\($0)}}" }.joined(separator: ", ")); known: \(known)")
        }
        for needed in ["to", "text"] where !used.contains(needed) {
            throw OutboxSettingsError(option: "--sms-gateway-body", "has no {{\(needed)}} placeholder")
        }
        if method == .post, contentType == .json {
            let sample = template.render(
                ["to": "+86 138 0000 0000", "text": "\"quoted\"\nline", "key": "k", "unit": "单位"], escaping: .json)
            guard (try? JSONSerialization.jsonObject(with: Data(sample.utf8), options: [.fragmentsAllowed])) != nil
            else {
                throw OutboxSettingsError(
                    option: "--sms-gateway-body",
                    "is not valid JSON once filled in (placeholders go inside quotes: \"{{text}}\")")
            }
        }
    }

    private func validateCredential() throws(OutboxSettingsError) {
        let tokenCharacters = CharacterSet(charactersIn: "!#$%&'*+-.^_`|~").union(.alphanumerics)
        guard !credentialHeader.isEmpty,
            credentialHeader.unicodeScalars.allSatisfy({ $0.isASCII && tokenCharacters.contains($0) })
        else {
            throw OutboxSettingsError(option: "--sms-credential-header", "is not a valid HTTP header name")
        }
        switch credential {
        case .none: break
        case .environment(let name):
            let valid = CharacterSet(charactersIn: "_").union(.alphanumerics)
            guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && valid.contains($0) }) else {
                throw OutboxSettingsError(option: "--sms-credential-env", "is not an environment variable name")
            }
        case .file(let path):
            guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw OutboxSettingsError(option: "--sms-credential-file", "is empty")
            }
        }
    }

    /// Reads the credential from its environment variable or file; `nil` for ``Credential/none``.
    ///
    /// - Throws: ``OutboxSettingsError`` naming the option when the variable is unset or empty,
    ///   or the file is unreadable or empty (the credential itself is never in the message).
    public func readCredential(environment: [String: String]) throws(OutboxSettingsError) -> String? {
        switch credential {
        case .none:
            return nil
        case .environment(let name):
            guard let value = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty
            else {
                throw OutboxSettingsError(option: "--sms-credential-env", "the environment variable \(name) is not set")
            }
            return value
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw OutboxSettingsError(option: "--sms-credential-file", "cannot read \(path)")
            }
            let value = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else {
                throw OutboxSettingsError(option: "--sms-credential-file", "\(path) is empty")
            }
            return value
        }
    }
}
