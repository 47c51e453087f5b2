/// Masks phone numbers for logs: `13812345678` becomes `138****5678`.
public enum PhoneMask {
    /// The number with its middle hidden: the first three and last four digits stay for
    /// numbers of eight digits or more, only the last two for shorter ones; anything that is
    /// not a digit (spaces, `+`, `-`) is dropped first.
    public static func mask(_ number: String) -> String {
        let digits = Array(number.filter(\.isASCII).filter(\.isNumber))
        if digits.count >= 8 {
            return String(digits.prefix(3)) + "****" + String(digits.suffix(4))
        }
        return "****" + String(digits.suffix(min(2, digits.count / 2)))
    }
}
