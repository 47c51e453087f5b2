import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A small SMS gateway on 127.0.0.1 for tests: answers each request per a script (a status,
/// or holding the connection without answering), records what it received, and "sends" each
/// idempotency key at most once, as a real gateway that deduplicates would.
final class FakeGateway: Sendable {
    /// How to answer one request.
    enum Reply: Sendable, Equatable {
        /// Answer with this status (a 2xx sends the message).
        case status(Int)
        /// Send the message but never answer (the client times out).
        case hold
    }

    /// One request as received.
    struct Received: Sendable, Equatable {
        var method: String
        var uri: String
        var headers: [String: String]
        var body: String
        var key: String { headers["idempotency-key"] ?? "" }
    }

    struct State {
        var script: [Reply] = []
        var received: [Received] = []
        var sends: [String: Int] = [:]
    }

    let state = Mutex(State())
    private let channel: Mutex<(any Channel)?> = Mutex(nil)

    /// The port it listens on.
    var port: Int { channel.withLock { $0?.localAddress?.port ?? 0 } }

    /// Starts listening on a free loopback port.
    static func start() async throws -> FakeGateway {
        let gateway = FakeGateway()
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(GatewayHandler(gateway: gateway))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        gateway.channel.withLock { $0 = server }
        return gateway
    }

    /// The replies for the next requests, in order; after them every request gets 200.
    func script(_ replies: [Reply]) {
        state.withLock { $0.script = replies }
    }

    /// Every request received so far.
    var received: [Received] { state.withLock { $0.received } }
    /// How many times each key was sent on to a phone (never more than once).
    var sends: [String: Int] { state.withLock { $0.sends } }

    /// Records a request and decides the reply.
    func receive(_ request: Received) -> Reply {
        state.withLock { state in
            state.received.append(request)
            let reply = state.script.isEmpty ? .status(200) : state.script.removeFirst()
            let sends: Bool
            switch reply {
            case .hold: sends = true
            case .status(let code): sends = (200..<300).contains(code)
            }
            if sends, state.sends[request.key] == nil { state.sends[request.key] = 1 }
            return reply
        }
    }

    /// Stops listening.
    func stop() async {
        let server = channel.withLock { $0 }
        try? await server?.close()
    }
}

/// Reads a request and answers it as ``FakeGateway`` decides.
private final class GatewayHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let gateway: FakeGateway
    var head: HTTPRequestHead?
    var body = ""

    init(gateway: FakeGateway) {
        self.gateway = gateway
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body = ""
        case .body(var buffer):
            body += buffer.readString(length: buffer.readableBytes) ?? ""
        case .end:
            guard let head else { return }
            var headers: [String: String] = [:]
            for (name, value) in head.headers { headers[name.lowercased()] = value }
            let request = FakeGateway.Received(
                method: head.method.rawValue, uri: head.uri, headers: headers, body: body)
            guard case .status(let code) = gateway.receive(request) else { return }
            var replyHeaders = HTTPHeaders()
            replyHeaders.add(name: "Content-Length", value: "2")
            let replyHead = HTTPResponseHead(
                version: head.version, status: HTTPResponseStatus(statusCode: code), headers: replyHeaders)
            context.write(wrapOutboundOut(.head(replyHead)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: "{}")))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        }
    }
}
