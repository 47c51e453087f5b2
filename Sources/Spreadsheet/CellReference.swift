/// A cell reference such as `C7`: a 1-based column and row.
struct CellReference: Equatable {
    /// The 1-based column (A = 1).
    let column: Int
    /// The 1-based row.
    let row: Int

    /// The largest row a worksheet has.
    static let maxRow = 1_048_576

    /// Reads `C7`, `AB120`, or `$C$7`; `nil` when it is not a reference within the sheet's bounds.
    init?(_ text: String) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, row >= 1, row <= Self.maxRow else { return nil }
        self.column = column
        self.row = row
    }

    /// The letters of a 1-based column: 1 → A, 27 → AA.
    static func letters(ofColumn column: Int) -> String {
        var remaining = max(1, column)
        var scalars: [Unicode.Scalar] = []
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(digit)))
            remaining = (remaining - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// The reference as written, e.g. `C7`.
    var name: String { Self.letters(ofColumn: column) + String(row) }
}
