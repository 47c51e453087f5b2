import ExchangeBridge
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceLifecycle

/// Live events of a meeting as server-sent events: every open page learns of a new plan version
/// (and of "Plan now"'s progress) as soon as it is stored.
struct EventRoutes {
    let desk: MeetingDesk

    func register(on router: Router<WorkbenchContext>) {
        router.get("api/meetings/:meeting/events") { _, context in
            let workspace = try await desk.workspace(try context.parameters.id("meeting", what: "meeting"))
            let events = desk.events.subscribe(meeting: workspace.id)
            let latest = try await desk.latestVersion(workspace) ?? 0
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            headers[.cacheControl] = "no-store"
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    // The newest version at connection time, so a page that reconnects catches up.
                    try await writer.write(
                        ByteBuffer(string: "retry: 2000\n\nevent: hello\ndata: {\"version\":\(latest)}\n\n"))
                    // The stream ends when the server shuts down, so an open page never holds Ctrl-C.
                    for await event in events.cancelOnGracefulShutdown() {
                        try await writer.write(ByteBuffer(string: event.streamText))
                    }
                    try await writer.finish(nil)
                })
        }
    }
}
