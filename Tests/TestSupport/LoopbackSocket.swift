import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A TCP connection to a port on 127.0.0.1, as a plain file descriptor (the caller closes it).
public enum LoopbackSocket {
    /// Connects to `127.0.0.1:port`; a failure names the port and `errno`.
    public static func connect(port: Int) throws -> Int32 {
        #if os(Linux)
            let socketType = Int32(SOCK_STREAM.rawValue)
        #else
            let socketType = SOCK_STREAM
        #endif
        let fd = socket(AF_INET, socketType, 0)
        guard fd >= 0 else { throw HTTPError(description: "127.0.0.1:\(port): socket() failed, errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Foundation.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let error = errno
            _ = close(fd)
            throw HTTPError(description: "127.0.0.1:\(port): cannot connect, errno \(error)")
        }
        return fd
    }
}
