/// The colour the printed seat chart gives one unit, for other views of the same plan (the
/// workbench's seat map colours every seat as the chart does).
public struct ChartUnitTone: Sendable, Equatable {
    /// The unit's name.
    public let unit: String
    /// The unit's number on the chart (1 = the unit of the most senior person).
    public let number: Int
    /// The seat fill, `#RRGGBB`.
    public let fill: String
    /// The name colour on that fill, `#RRGGBB`.
    public let ink: String
}

extension PlacedPlan {
    /// Every unit of the plan with the tone the seat chart prints it in, in chart order.
    public var unitTones: [ChartUnitTone] {
        let tones = ChartPalette.nameTones
        let units = SeatChartUnits(entries: entries, colours: tones.count)
        return units.ordered.map { unit in
            let tone = tones[(units.colour[unit] ?? 0) % tones.count]
            return ChartUnitTone(
                unit: unit, number: units.number[unit] ?? 0, fill: tone.fill.hexText, ink: tone.ink.hexText)
        }
    }
}

extension RGBColor {
    /// `#RRGGBB`.
    var hexText: String {
        let components = [red, green, blue].map { Int(($0 * 255).rounded()) }
        return "#" + components.map { String($0, radix: 16, uppercase: true).leftPadded(to: 2) }.joined()
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
