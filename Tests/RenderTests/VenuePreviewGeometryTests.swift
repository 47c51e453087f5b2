import Foundation
import SeatPlanCore
import Testing

@testable import Render

@Suite struct VenuePreviewGeometryTests {
    private func groundFloorPlan(_ venue: Venue) throws -> VenuePreviewHallPlan {
        let floor = try #require(venue.hall?.floors.first)
        let seats = venue.seats.filter { $0.floor == floor.number }
        return VenuePreviewHallPlan(
            floor: floor, seats: seats, rostrum: venue.rostrum,
            stageWidth: VenuePreviewHallPlan.stageWidth(rostrum: venue.rostrum, groundFloorSeats: seats))
    }

    @Test func straightRowsAreNotTurnedAndTheStageIsInFrontOfTheSeats() throws {
        let plan = try groundFloorPlan(try VenuePreviewFixtures.municipalHall())
        #expect(plan.seats.allSatisfy { $0.angle == 0 })
        let stage = try #require(plan.stage)
        #expect(stage.maxY == 0)
        #expect(stage.minY < (plan.chairs.map(\.y).min() ?? 0))
        #expect(plan.stagePointer == nil)
        #expect(plan.chairs.count == 20)
        #expect(plan.placeCount == 446)
        #expect(plan.blocks.map(\.name) == ["左区", "中区", "右区"])
        #expect(plan.blocks.map(\.tone) == [0, 1, 0])
    }

    @Test func curvedRowsTurnTheirSeatsTowardsTheStage() throws {
        let plan = try groundFloorPlan(try VenuePreviewFixtures.curvedHall())
        let right = try #require(plan.seats.max { $0.seat.x < $1.seat.x })
        let left = try #require(plan.seats.min { $0.seat.x < $1.seat.x })
        // The audience's right end of a row bends up towards the stage: turned anticlockwise.
        #expect(right.angle < -0.3)
        #expect(left.angle > 0.3)
        #expect(abs(right.angle + left.angle) < 1e-9)
    }

    @Test func anUpperFloorPointsToTheStageInsteadOfDrawingIt() throws {
        let venue = try VenuePreviewFixtures.curvedHall()
        let floor = try #require(venue.hall?.floors.last)
        let plan = VenuePreviewHallPlan(
            floor: floor, seats: venue.seats.filter { $0.floor == floor.number }, rostrum: nil, stageWidth: 30,
            showsStage: false)
        #expect(plan.stage == nil)
        #expect(plan.chairs.isEmpty)
        let pointer = try #require(plan.stagePointer)
        #expect(pointer.distance == 33)
        #expect(pointer.at.y < floor.front)
        #expect(plan.bounds.minY > 20)
    }

    @Test func rowLabelsSitBeyondBothEndsOfTheirRow() throws {
        let plan = try groundFloorPlan(try VenuePreviewFixtures.curvedHall())
        #expect(plan.rowLabels.count == 30)
        for label in plan.rowLabels {
            let row = Int(label.text.dropLast()) ?? 0
            let xs = plan.seats.filter { $0.seat.row == row }.map(\.seat.x)
            #expect(label.left.x < (xs.min() ?? 0) - plan.pitch)
            #expect(label.right.x > (xs.max() ?? 0) + plan.pitch)
        }
    }

    @Test func paperIsA3UpToAThousandPlacesAndA1Beyond() {
        #expect(VenuePreview.automaticSetup(places: 1000).paper == .a3)
        #expect(VenuePreview.automaticSetup(places: 1001).paper == .a1)
        #expect(VenuePreview.automaticSetup(places: 1001).orientation == .landscape)
    }

    @Test func theDoorOpensInTheNearestWall() {
        let room = MetreBounds(minX: -10, maxX: 10, minY: 0, maxY: 30)
        let back = VenuePreviewDoor(room: room, door: FloorPoint(x: 2, y: 30), width: 1.6).placement
        #expect(back.point == FloorPoint(x: 2, y: 30))
        #expect(back.inward == FloorPoint(x: 0, y: -1))
        let side = VenuePreviewDoor(room: room, door: FloorPoint(x: 9.5, y: 12), width: 1.6).placement
        #expect(side.point == FloorPoint(x: 10, y: 12))
        #expect(side.inward == FloorPoint(x: -1, y: 0))
    }

    @Test func mappingKeepsTheScaleAndTheAudienceView() {
        let bounds = MetreBounds(minX: -10, maxX: 10, minY: -5, maxY: 25)
        let mapping = VenuePreviewMapping(fitting: bounds, into: PageRect(x: 0, y: 0, width: 400, height: 300))
        #expect(mapping.pointsPerMetre == 10)
        // x to the right, the stage (small y) at the top.
        #expect(mapping.point(x: 1, y: 0).x > mapping.point(x: 0, y: 0).x)
        #expect(mapping.point(x: 0, y: -5).y == 0)
        #expect(mapping.point(x: 0, y: 25).y == 300)
        #expect(VenuePreviewScaleBar.length(pointsPerMetre: 10, width: 150) == 10)
    }

    @Test func knownZonesKeepTheirColoursAndUnknownOnesTakeSpares() {
        let zones = ZoneAppearance.appearances(for: ["press", "vip", "leaders", "choir"])
        #expect(zones.map(\.legendName) == ["记者席 press", "vip", "领导席 leaders", "choir"])
        #expect(zones[1].fill != zones[3].fill)
        #expect(ZoneAppearance.appearances(for: ["leaders"])[0] == zones[2])
    }
}
