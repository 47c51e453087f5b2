import ServiceLifecycle

/// Runs beside the server on a store that several servers share: delivers the changes the
/// other servers announce to this server's pages (see ``EventHub/relayOtherServers()``).
struct ChangeFeedRelay: Service {
    let events: EventHub

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await events.relayOtherServers()
        }
    }
}
