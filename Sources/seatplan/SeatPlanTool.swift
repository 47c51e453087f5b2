import ArgumentParser

/// The `seatplan` command: a thin layer over the Planner, Render and ExchangeBridge libraries.
@main
struct SeatPlanTool: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seatplan",
        abstract: "Seat planning for official meetings: rostrum, hall, banquet, groups, printed charts.",
        discussion: """
            SeatPlan reads a venue (YAML) and a roster (CSV: \
            id,name,unit,unit_order,precedence,role,title,gender,tags), seats everyone by the \
            protocol rules with an integer-programming planner (GLPK), prints PDF charts, and \
            exchanges rosters and plans with units through a SQLite exchange store.

            Start with `seatplan demo`, which plans a small shipped meeting end to end.
            """,
        version: "0.1.0",
        subcommands: [
            DemoCommand.self, PlanCommand.self, CheckCommand.self, RenderCommand.self, VenueCommand.self,
            RosterCommand.self, StoreCommand.self, PullCommand.self, PushCommand.self, ReseatCommand.self,
            GroupsCommand.self, ServeCommand.self, KeysCommand.self, VerifyCommand.self, CheckInCommand.self,
        ])
}
