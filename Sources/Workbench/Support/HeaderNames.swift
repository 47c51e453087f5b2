import HTTPTypes

extension HTTPField.Name {
    // Literal, valid header names: the initialiser only fails on characters a token may not hold.

    /// `X-SeatPlan-Request`: every write carries it; a cross-site form cannot set it.
    static let seatPlanRequest = HTTPField.Name("X-SeatPlan-Request")!
    /// `X-CSRF-Token`: a signed-in write's proof that it comes from the session's own pages.
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
    /// `X-Content-Type-Options`.
    static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    /// `Content-Security-Policy`.
    static let contentSecurityPolicy = HTTPField.Name("Content-Security-Policy")!
    /// `X-Frame-Options`.
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    /// `Referrer-Policy`.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
