/// Splits CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, LF or
/// CRLF line ends) into records with the 1-based line each starts on; blank lines are skipped.
/// SeatPlanCore's reader is internal to that module; UNITS.csv needs the same rules here.
struct CSVTable {
    /// One record and the line it starts on.
    struct Record {
        let line: Int
        let fields: [String]
    }

    /// A quote left open at the end of the text, opened in the record starting on `line`.
    struct UnterminatedQuote: Error {
        let line: Int
    }

    /// Parses `text` into records.
    static func parse(_ text: String) throws(UnterminatedQuote) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var quoted = false
        var line = 1
        var recordLine = 1

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !quoted) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            quoted = false
        }

        // A final line break closes the last record whether or not the text has one.
        let scalars = Array(text.unicodeScalars) + ["\n"]
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if inQuotes {
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !quoted:
                inQuotes = true
                quoted = true
            case ",":
                fields.append(field)
                field = ""
                quoted = false
            case "\r", "\n":
                if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw UnterminatedQuote(line: recordLine) }
        return records
    }
}
