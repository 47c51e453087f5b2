/// How to reach an HTTP SMS gateway.
public struct GatewaySettings: Sendable, Equatable {
    /// The request method.
    public enum Method: String, Sendable, Equatable, CaseIterable {
        /// The rendered template is the request body.
        case post = "POST"
        /// The rendered template (form-escaped) is appended to the URL's query.
        case get = "GET"
    }

    /// How the body template's values are escaped, and the body's media type.
    public enum ContentType: String, Sendable, Equatable, CaseIterable {
        /// `application/json`: values are escaped as JSON string content.
        case json
        /// `application/x-www-form-urlencoded`: values are percent-encoded.
        case form

        /// The `Content-Type` header value.
        public var mediaType: String {
            switch self {
            case .json: "application/json; charset=utf-8"
            case .form: "application/x-www-form-urlencoded; charset=utf-8"
            }
        }

        /// The template used when none is given.
        public var defaultTemplate: String {
            switch self {
            case .json: #"{"to":"{{to}}","text":"{{text}}","key":"{{key}}"}"#
            case .form: "to={{to}}&text={{text}}&key={{key}}"
            }
        }
    }

    /// Where the gateway's credential comes from (never the command line).
    public enum Credential: Sendable, Equatable {
        /// The gateway needs none.
        case none
        /// The named environment variable holds it.
        case environment(String)
        /// The file at this path holds it (surrounding whitespace is ignored).
        case file(String)
    }

    /// The gateway's URL (`http://` or `https://`, no user or password in it).
    public var url: String
    /// The request method.
    public var method: Method
    /// The body (or, for GET, query) template with `{{to}}`, `{{text}}`, `{{key}}`, `{{unit}}`;
    /// `nil` for ``ContentType/defaultTemplate``.
    public var bodyTemplate: String?
    /// How values are escaped, and the body's media type.
    public var contentType: ContentType
    /// Where the credential comes from.
    public var credential: Credential
    /// The header that carries the credential: `Authorization` sends `Bearer <credential>`,
    /// any other header the credential as it is.
    public var credentialHeader: String
    /// How long one request may take in all (connecting included).
    public var timeout: Duration

    /// Creates gateway settings.
    public init(
        url: String, method: Method = .post, bodyTemplate: String? = nil, contentType: ContentType = .json,
        credential: Credential = .none, credentialHeader: String = "Authorization", timeout: Duration = .seconds(10)
    ) {
        self.url = url
        self.method = method
        self.bodyTemplate = bodyTemplate
        self.contentType = contentType
        self.credential = credential
        self.credentialHeader = credentialHeader
        self.timeout = timeout
    }

    /// The template in force: the given one or the content type's default.
    public var template: BodyTemplate {
        BodyTemplate(bodyTemplate ?? contentType.defaultTemplate)
    }

    /// The escaping in force: GET always form-escapes (the values go into the query).
    var escaping: ContentType { method == .get ? .form : contentType }
}
