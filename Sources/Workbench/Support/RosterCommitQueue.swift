import Dispatch
import ExchangeBridge

/// Group commit for uploaded rosters: uploads that arrive while one commit is being written
/// wait together and go into the next one, as one transaction with a savepoint each. With
/// 700 units uploading at once the store syncs to disk a few dozen times instead of 700, and
/// no upload is answered before its commit (nothing acknowledged is ever lost).
///
/// The commits run on a dispatch queue of their own (``StoreWriterExecutor``), not on the
/// cooperative pool's few threads (two here): while the disk syncs, the pool goes on reading,
/// checking and answering the other requests.
actor RosterCommitQueue {
    private typealias Outcome = Result<SubmissionReceipt, ExchangeStoreError>
    private struct Waiting {
        let upload: ParsedRosterUpload
        let continuation: CheckedContinuation<Outcome, Never>
    }

    private let store: any ExchangeStorage
    private let writer = StoreWriterExecutor()
    private var waiting: [Waiting] = []
    private var committing = false
    /// The most uploads one transaction takes: a bound on how long the first of them waits.
    static let largestBatch = 64

    init(store: any ExchangeStorage) {
        self.store = store
    }

    /// Stores `upload` in the next group commit and returns its receipt once that commit is on disk.
    func submit(_ upload: ParsedRosterUpload) async throws(ExchangeStoreError) -> SubmissionReceipt {
        let outcome = await withCheckedContinuation { continuation in
            waiting.append(Waiting(upload: upload, continuation: continuation))
            if !committing {
                committing = true
                Task { await commitWhileWaiting() }
            }
        }
        return try outcome.get()
    }

    private func commitWhileWaiting() async {
        while !waiting.isEmpty {
            let batch = Array(waiting.prefix(Self.largestBatch))
            waiting.removeFirst(batch.count)
            let uploads = batch.map(\.upload)
            let outcomes = await Task(executorPreference: writer) { [store] in
                await store.submitParsedRosters(uploads)
            }.value
            for (item, outcome) in zip(batch, outcomes) { item.continuation.resume(returning: outcome) }
        }
        committing = false
    }
}

/// Runs the jobs of the tasks that prefer it on one serial dispatch queue, off the
/// cooperative pool, for synchronous store writes that wait on the disk.
final class StoreWriterExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "seatplan.store-writer")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
