import Dispatch
import Synchronization

/// Runs `body` on every item on all cores and returns the results in item order.
///
/// Work is handed out one item at a time, so memory stays at what the items in flight
/// need, whatever the number of items. `body` must not share mutable state.
/// - Parameter progress: called (from any thread) after each item is done, with the number
///   of items done so far and the item.
package func parallelMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], progress: @Sendable (_ done: Int, _ item: Item) -> Void = { _, _ in },
    _ body: @Sendable (Item) throws -> Result
) throws -> [Result] {
    let results = Mutex<[Result?]>(Array(repeating: nil, count: items.count))
    let failure = Mutex<(index: Int, error: any Error)?>(nil)
    let done = Mutex(0)
    DispatchQueue.concurrentPerform(iterations: items.count) { k in
        if failure.withLock({ $0 != nil }) { return }
        do {
            let result = try body(items[k])
            results.withLock { $0[k] = result }
            progress(done.withLock { $0 += 1; return $0 }, items[k])
        } catch {
            failure.withLock { current in
                // Report the failing item that comes first in item order (of those that ran).
                if current == nil || current!.index > k { current = (k, error) }
            }
        }
    }
    if let failure = failure.withLock({ $0 }) { throw failure.error }
    return results.withLock { $0.map { $0! } }
}

/// `body(k)` for k in 0..<count on all cores, in chunks (cheap bodies, many indices), results
/// in index order. `body` must not share mutable state.
package func parallelMap<Result: Sendable>(count: Int, chunk: Int = 256, _ body: @Sendable (Int) -> Result) -> [Result] {
    parallelChunks(count: count, chunk: chunk) { range in range.map(body) }
}

/// `body(range)` for consecutive ranges of 0..<count on all cores, each returning one result
/// per index, concatenated in index order. For bodies that set up working memory once per
/// range (a scratch buffer that is not `Sendable`).
package func parallelChunks<Result: Sendable>(count: Int, chunk: Int = 256,
                                             _ body: @Sendable (Range<Int>) -> [Result]) -> [Result] {
    parallelRanges(count: count, chunk: chunk, body).flatMap { $0 }
}

/// `body(range)` for consecutive ranges of 0..<count (`chunk` indices each) on all cores, one
/// result per range, in range order. For work whose result belongs to a whole range (a
/// table built over its items, merged afterwards).
package func parallelRanges<Result: Sendable>(count: Int, chunk: Int = 256,
                                             _ body: @Sendable (Range<Int>) -> Result) -> [Result] {
    guard count > 0 else { return [] }
    if count <= chunk { return [body(0..<count)] }
    let chunks = (count + chunk - 1) / chunk
    let parts = Mutex<[Result?]>(Array(repeating: nil, count: chunks))
    DispatchQueue.concurrentPerform(iterations: chunks) { c in
        let part = body(c * chunk..<min(count, (c + 1) * chunk))
        parts.withLock { $0[c] = part }
    }
    return parts.withLock { $0.map { $0! } }
}
