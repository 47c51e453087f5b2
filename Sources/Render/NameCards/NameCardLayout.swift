/// Where the parts of a folded tent card sit on its sheet, in points.
///
/// The card is two faces of 210 × 140 mm stacked one above the other with the fold between
/// them, centred on the sheet; on paper other than A4 portrait the card is scaled uniformly to
/// the largest size that fits (A3 portrait gives 297 × 198 mm faces). The bottom face prints
/// upright and the top face upside down, so both read correctly when the sheet is folded into
/// a tent standing on the table.
struct NameCardLayout: Sendable, Equatable {
    /// One face's width in millimetres on A4.
    static let faceWidthMillimetres = 210.0
    /// One face's height in millimetres on A4.
    static let faceHeightMillimetres = 140.0

    /// The sheet.
    let pageSize: PageSize
    /// The scale from the A4 card to this sheet's card (1 on A4 portrait).
    let scale: Double
    /// The face printed upside down on the flat sheet (the upper half of the card).
    let backFace: PageRect
    /// The face printed upright (the lower half of the card).
    let frontFace: PageRect

    /// The layout for a sheet of `pageSize`.
    init(pageSize: PageSize) {
        self.pageSize = pageSize
        let faceWidth = PageUnits.points(millimetres: Self.faceWidthMillimetres)
        let faceHeight = PageUnits.points(millimetres: Self.faceHeightMillimetres)
        scale = min(pageSize.width / faceWidth, pageSize.height / (2 * faceHeight))
        let width = faceWidth * scale
        let height = faceHeight * scale
        let left = (pageSize.width - width) / 2
        let top = (pageSize.height - 2 * height) / 2
        backFace = PageRect(x: left, y: top, width: width, height: height)
        frontFace = PageRect(x: left, y: top + height, width: width, height: height)
    }

    /// The fold line's height on the sheet.
    var foldY: Double { frontFace.y }
    /// The card's top and bottom edges, where the sheet is cut.
    var cutLines: [Double] { [backFace.y, frontFace.maxY] }

    /// The block of the name (and its foreign line) within `face`: most of the face's width;
    /// the name and the detail line under it are centred together up and down the face.
    func nameBox(in face: PageRect, withDetail: Bool) -> PageRect {
        let blockHeight = Self.nameHeight + (withDetail ? Self.detailGap + Self.detailHeight : 0)
        return PageRect(
            x: face.x + millimetres(Self.sideMargin),
            y: face.y + millimetres((Self.faceHeightMillimetres - blockHeight) / 2),
            width: face.width - 2 * millimetres(Self.sideMargin), height: millimetres(Self.nameHeight))
    }

    /// The line of unit and post under the name.
    func detailBox(in face: PageRect) -> PageRect {
        let name = nameBox(in: face, withDetail: true)
        return PageRect(
            x: name.x, y: name.maxY + millimetres(Self.detailGap), width: name.width,
            height: millimetres(Self.detailHeight))
    }

    private static let sideMargin = 14.0
    private static let nameHeight = 62.0
    private static let detailGap = 4.0
    private static let detailHeight = 12.0

    /// The tiny seat label for staff, in the corner of `face` that stands on the table.
    func seatLabelBox(in face: PageRect) -> PageRect {
        let width = millimetres(60)
        let height = millimetres(6)
        return PageRect(
            x: face.maxX - width - millimetres(8), y: face.maxY - height - millimetres(5), width: width,
            height: height)
    }

    /// Millimetres on the A4 card in points on this sheet.
    func millimetres(_ value: Double) -> Double { PageUnits.points(millimetres: value) * scale }
}
