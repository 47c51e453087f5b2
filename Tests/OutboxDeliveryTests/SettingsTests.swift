import ExchangeBridge
import Foundation
import OutboxDelivery
import Testing

/// Settings validation and template escaping.
struct SettingsTests {
    private func problem(_ settings: OutboxSettings) -> OutboxSettingsError? {
        do {
            try settings.validate()
            return nil
        } catch {
            return error
        }
    }

    private func http(_ gateway: GatewaySettings) -> OutboxSettings {
        OutboxSettings(transport: .http, logPath: "x", gateway: gateway)
    }

    @Test func errorsNameTheOption() {
        #expect(problem(OutboxSettings(logPath: "x")) == nil)
        #expect(problem(OutboxSettings(logPath: " "))?.option == "--outbox-log")
        #expect(
            problem(OutboxSettings(logPath: "x", retry: RetryPolicy(maxAttempts: 0)))?.option == "--outbox-max-attempts"
        )
        #expect(problem(OutboxSettings(transport: .http, logPath: "x"))?.option == "--sms-gateway-url")
        #expect(problem(http(GatewaySettings(url: "ftp://gw")))?.option == "--sms-gateway-url")
        #expect(problem(http(GatewaySettings(url: "https://user:pw@gw/send")))?.option == "--sms-gateway-url")
        #expect(
            problem(http(GatewaySettings(url: "https://gw/send", bodyTemplate: "{{to}} {{text}} {{who}}")))?
                .description.contains("{{who}}") == true)
        #expect(
            problem(http(GatewaySettings(url: "https://gw/send", bodyTemplate: "{\"to\":{{to}},\"t\":\"{{text}}\"}")))?
                .option == "--sms-gateway-body")
        #expect(
            problem(http(GatewaySettings(url: "https://gw/send", bodyTemplate: "{\"t\":\"{{text}}\"}")))?
                .problem == "has no {{to}} placeholder")
        #expect(
            problem(http(GatewaySettings(url: "https://gw/send", credential: .environment("A B"))))?
                .option == "--sms-credential-env")
        #expect(
            problem(http(GatewaySettings(url: "https://gw/send", credentialHeader: "X Key")))?
                .option == "--sms-credential-header")
        #expect(problem(http(GatewaySettings(url: "https://gw/send", method: .get, contentType: .form))) == nil)
    }

    @Test func credentialsComeFromTheEnvironmentOrAFileAndStayOutOfErrors() throws {
        let gateway = GatewaySettings(url: "https://gw/send", credential: .environment("SMS_TOKEN"))
        #expect(try gateway.readCredential(environment: ["SMS_TOKEN": "s3cret\n"]) == "s3cret")
        #expect(throws: OutboxSettingsError.self) { try gateway.readCredential(environment: [:]) }
        let file = try OutboxFixtures.freshPath() + ".token"
        try Data("  file-secret \n".utf8).write(to: URL(fileURLWithPath: file))
        let fromFile = GatewaySettings(url: "https://gw/send", credential: .file(file))
        #expect(try fromFile.readCredential(environment: [:]) == "file-secret")
    }

    @Test func templateValuesAreEscapedForJSONAndForms() throws {
        let values = ["to": "13800000000", "text": "a \"b\"\n&c=d 单", "key": "k-1", "unit": "U"]
        let json = GatewaySettings.ContentType.json.defaultTemplate
        let rendered = BodyTemplate(json).render(values, escaping: .json)
        let decoded = try #require(JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: String])
        #expect(decoded == ["to": "13800000000", "text": "a \"b\"\n&c=d 单", "key": "k-1"])
        let form = BodyTemplate("to={{to}}&text={{ text }}&u={{unit}}").render(values, escaping: .form)
        #expect(form == "to=13800000000&text=a%20%22b%22%0A%26c%3Dd%20%E5%8D%95&u=U")
    }
}
