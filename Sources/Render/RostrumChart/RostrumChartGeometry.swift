import SeatPlanCore

/// Where everything of a rostrum chart goes inside the area given to the stage: the pure
/// geometry, without drawing, so that it can be tested on its own.
struct RostrumChartGeometry {
    /// One seat's box on the page.
    struct Seat {
        var assignment: SeatAssignment
        var box: PageRect
    }

    /// One row's horizontal band and number.
    struct Row {
        var number: Int
        var band: PageRect
    }

    /// Width reserved on each side of the stage for the row labels.
    static let rowLabelWidth = 44.0
    /// Height of the strip at the back of the stage that carries "主席台".
    static let stageHeaderHeight = 26.0
    /// The largest distance between neighbouring seat centres on the page, in points.
    static let maximumSeatPitch = 118.0
    /// The largest row height on the page, in points.
    static let maximumRowHeight = 96.0

    var seats: [Seat]
    var rows: [Row]
    /// The stage (rostrum platform), fitted around the rows.
    var stage: PageRect
    /// Height of the strip at the back of the stage that carries "主席台".
    var headerHeight: Double
    /// Width reserved on each side of the stage for the row labels.
    var labelWidth: Double
    /// The page x of the stage centre line (x = 0 in the plan).
    var centreLineX: Double
    /// Distance between seat centres on the page.
    var seatPitch: Double

    /// Lays out the rostrum `assignments` inside `region` for `view`.
    ///
    /// - Throws: ``RenderError/nothingToRender(_:)`` when there are no rostrum seats.
    /// `scale` enlarges the fixed sizes (label widths, largest pitch and row height) for
    /// paper larger than A4 landscape.
    init(assignments: [SeatAssignment], view: ChartView, region: PageRect, scale: Double = 1) throws(RenderError) {
        let rostrum = assignments.filter { $0.area == .rostrum }
        guard !rostrum.isEmpty else { throw .nothingToRender("the plan has no rostrum seats") }
        let rowNumbers = Self.rowNumbers(rostrum)
        let pitchMetres = Self.seatPitchMetres(rostrum, rowNumbers: rowNumbers)
        let minX = (rostrum.map(\.x).min() ?? 0) - pitchMetres / 2
        let maxX = (rostrum.map(\.x).max() ?? 0) + pitchMetres / 2

        let labelWidth = (Self.rowLabelWidth + 10) * scale
        let seatArea = region.insetBy(dx: labelWidth, dy: 0)
        let metresToPoints = min(seatArea.width / (maxX - minX), Self.maximumSeatPitch * scale / pitchMetres)
        let pitch = pitchMetres * metresToPoints
        let middleX = (minX + maxX) / 2
        let mirror = view == .stage ? -1.0 : 1.0
        func pageX(_ x: Double) -> Double { seatArea.centre.x + mirror * (x - middleX) * metresToPoints }

        let distinctRows = Set(rowNumbers.values).sorted()
        let headerHeight = Self.stageHeaderHeight * scale
        let available = region.height - headerHeight - 8
        let rowHeight = min(Self.maximumRowHeight * scale, available / Double(distinctRows.count))
        let boxHeight = min(rowHeight * 0.66, max(pitch * 0.62, 30 * scale), 62 * scale)
        let boxWidth = pitch * 0.86
        let stageHeight = headerHeight + rowHeight * Double(distinctRows.count) + 8

        // The stage sits against the audience: at the bottom of the region in the audience
        // view (the audience is below), at the top in the stage view (the audience is above).
        let stageTop = view == .audience ? region.maxY - stageHeight : region.y
        let stageWidth = (maxX - minX) * metresToPoints + 2 * labelWidth
        let stage = PageRect(
            x: seatArea.centre.x - stageWidth / 2, y: stageTop, width: stageWidth, height: stageHeight)
        self.stage = stage

        var rows: [Row] = []
        for (offset, number) in distinctRows.enumerated() {
            // Audience view: row 1 at the front (bottom) of the stage, the header at the back
            // (top). Stage view: the front is at the top, the header at the bottom.
            let fromFront = Double(offset)
            let bandTop: Double
            switch view {
            case .audience: bandTop = stage.maxY - 4 - rowHeight * (fromFront + 1)
            case .stage: bandTop = stage.y + 4 + rowHeight * fromFront
            }
            rows.append(
                Row(number: number, band: PageRect(x: stage.x, y: bandTop, width: stage.width, height: rowHeight)))
        }
        self.rows = rows

        let bandByRow = Dictionary(uniqueKeysWithValues: rows.map { ($0.number, $0.band) })
        seats = rostrum.map { assignment in
            let band = bandByRow[rowNumbers[assignment.seat] ?? 1] ?? stage
            let box = PageRect(
                x: pageX(assignment.x) - boxWidth / 2, y: band.centre.y - boxHeight / 2,
                width: boxWidth, height: boxHeight)
            return Seat(assignment: assignment, box: box)
        }
        self.headerHeight = headerHeight
        self.labelWidth = labelWidth
        centreLineX = pageX(0)
        seatPitch = pitch
    }

    /// The same layout moved down by `dy` points (up when negative).
    func offsetBy(dy: Double) -> RostrumChartGeometry {
        var moved = self
        moved.stage.y += dy
        for index in moved.rows.indices { moved.rows[index].band.y += dy }
        for index in moved.seats.indices { moved.seats[index].box.y += dy }
        return moved
    }

    /// Each seat's row number: its own `row`, or else its rank by distance from the stage edge
    /// (the y closest to 0 is row 1).
    static func rowNumbers(_ seats: [SeatAssignment]) -> [String: Int] {
        let depths = Set(seats.map(\.y)).sorted(by: >)
        var numbers: [String: Int] = [:]
        for seat in seats {
            numbers[seat.seat] = seat.row ?? ((depths.firstIndex(of: seat.y) ?? 0) + 1)
        }
        return numbers
    }

    /// The smallest distance between neighbouring seats in any row, in metres (1 m when no row
    /// has two seats).
    static func seatPitchMetres(_ seats: [SeatAssignment], rowNumbers: [String: Int]) -> Double {
        var smallest = Double.infinity
        let byRow = Dictionary(grouping: seats) { rowNumbers[$0.seat] ?? 1 }
        for members in byRow.values {
            let xs = Set(members.map(\.x)).sorted()
            for (left, right) in zip(xs, xs.dropFirst()) where right - left > 0.05 {
                smallest = min(smallest, right - left)
            }
        }
        return smallest.isFinite ? smallest : 1.0
    }
}
