import Foundation
import RosterGenerator
import SeatPlanCore
import Testing

@Suite struct PerformanceTests {
    /// Release builds take under 10 ms; this debug-build bound only catches gross regressions.
    @Test func fullGreatHallGeneratesQuickly() {
        let clock = ContinuousClock()
        var count = 0
        let elapsed = clock.measure { count = RosterGenerator.generate(.greatHallFull).attendees.count }
        #expect(count == 9500)
        #expect(elapsed < .seconds(2))
    }
}
