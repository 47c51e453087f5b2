import Foundation
import TestSupport
import Testing

@Suite("seatplan command line")
struct CommandLineTests {
    @Test("--help explains the tool and lists its commands")
    func help() throws {
        let output = try SeatPlanBinary.run(["--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Seat planning for official meetings"))
        #expect(output.stdout.contains("demo"))
    }

    @Test("Each subcommand has its own help")
    func subcommandHelp() throws {
        let output = try SeatPlanBinary.run(["demo", "--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("--out <DIR>"))
    }

    @Test("An unknown command fails with a message, not a crash")
    func unknownCommand() throws {
        let output = try SeatPlanBinary.run(["seat-everyone"])
        #expect(output.status != 0)
        #expect(!output.crashed)
        #expect(output.stderr.contains("seat-everyone"))
    }
}
