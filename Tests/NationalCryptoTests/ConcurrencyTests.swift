import Foundation
import NationalCrypto
import Testing

@Suite("Keys shared between tasks")
struct ConcurrencyTests {
    @Test("One private key signs, and its public key verifies, from eight tasks at once")
    func sharedKey() async throws {
        let key = try SM2PrivateKey()
        let publicKey = key.publicKey
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for task in 0..<8 {
                group.addTask {
                    var allValid = true
                    for index in 0..<25 {
                        let message = Data("pass \(task)-\(index)".utf8)
                        let signature = try key.compactSignature(for: message)
                        allValid = allValid && publicKey.isValidSignature(signature, for: message)
                        allValid = allValid && !publicKey.isValidSignature(signature, for: message + Data([0]))
                    }
                    return allValid
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == Array(repeating: true, count: 8))
    }
}
