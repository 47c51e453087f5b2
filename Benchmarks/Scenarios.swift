import Foundation
import Optimization
import Planner
import PlanningPipeline
import SeatPlanCore
import SeededRandom
import VenueLibrary

/// The benchmark scenarios, in the order the table prints them.
enum Scenarios {
    static let all: [Scenario] =
        [assignment200, rostrum300, greatHallVenue] + planning + reseating + planFiles + rendering + passes + store
        + grouping
        + discussionGroups + workbench + checkIn

    /// A 200 × 200 assignment problem (40,000 binary variables, 400 constraints) with seeded
    /// random costs, built and solved to proven optimality with GLPK.
    static let assignment200 = Scenario(
        name: "glpk-assignment-200x200",
        summary: "GLPK: build and solve a 200×200 assignment MIP"
    ) {
        var generator = SeededGenerator(seed: 2026)
        let size = 200
        let costs = (0..<size * size).map { _ in Double(generator.next() % 1000) }
        return {
            var model = LinearModel(sense: .minimize)
            var rows = Array(repeating: [LinearTerm](), count: size)
            var columns = Array(repeating: [LinearTerm](), count: size)
            for person in 0..<size {
                for seat in 0..<size {
                    let variable = try model.addVariable(kind: .binary, objective: costs[person * size + seat])
                    rows[person].append(LinearTerm(variable, 1))
                    columns[seat].append(LinearTerm(variable, 1))
                }
            }
            for terms in rows { try model.addConstraint("", terms, .equal(1)) }
            for terms in columns { try model.addConstraint("", terms, .equal(1)) }
            let result = try GLPKSolver.solve(model)
            guard result.status == .optimal, let objective = result.objective else {
                throw BenchmarkFailure("assignment ended \(result.status)")
            }
            return "optimal, cost \(Int(objective))"
        }
    }

    /// A 300-seat rostrum in 8 rows planned by protocol with GLPK (the great-hall rostrum size).
    static let rostrum300 = Scenario(
        name: "rostrum-300",
        summary: "Planner: 300 leaders on an 8-row rostrum, cn convention, two pinned (GLPK assignment)"
    ) {
        let rostrum = Rostrum(
            rows: (1...8).map {
                RostrumRow(number: $0, capacity: 30 + 2 * $0, spacing: 0.8, y: -2.5 - Double($0 - 1) * 1.1)
            })
        let venue = Venue(name: "bench", rostrum: rostrum, source: "bench")
        let leaders = (1...300).map {
            Attendee(
                id: "L\($0)", name: "领导\($0)", unit: "单位\($0 % 40)", unitOrder: $0 % 40 + 1, precedence: $0,
                role: .rostrum)
        }
        let roster = Roster(attendees: leaders.reversed(), source: "bench")
        // Two pins make it an assignment program (without any, protocol order is taken directly).
        let rules = PlanningRules(pins: ["L3": "rostrum-1-L5", "L40": "rostrum-2-R1"])
        return {
            let plan = try await MeetingPipeline(venue: venue, rules: rules).plan(roster).plan
            guard plan.quality.protocolViolations == 0, plan.assignments.count == 300 else {
                throw BenchmarkFailure("rostrum plan has \(plan.quality.protocolViolations) violations")
            }
            return "\(plan.quality.status), \(plan.assignments.count) seated, 0 violations"
        }
    }
}

extension Scenarios {
    /// Load `Venues/great-hall.yaml` (≈ 9,800 hall seats on three curved floors, a 300-seat
    /// rostrum), expand it into seats and rank every seat (issue target: median ≤ 100 ms).
    static let greatHallVenue = Scenario(
        name: "venue-great-hall",
        summary: "Venue: load, expand and rank the seats of great-hall.yaml"
    ) {
        guard let url = VenueLibrary.url(forVenue: "great-hall") else {
            throw BenchmarkFailure("great-hall.yaml is not bundled")
        }
        return {
            let venue = try VenueFile.read(contentsOf: url)
            let ranked = venue.seatPrecedence()
            guard let rostrum = venue.rostrum else { throw BenchmarkFailure("great hall has no rostrum") }
            let chairs = RostrumLayout.slots(
                for: rostrum, occupancy: rostrum.rows.map(\.capacity), rules: ProtocolRules())
            return "\(ranked.count) hall seats + \(chairs.count) rostrum ranked"
        }
    }
}
