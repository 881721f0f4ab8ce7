import Dispatch
import Synchronization

/// Runs `body` on every item on all cores and returns the results in item order.
///
/// Work is handed out one item at a time, so memory stays at what the items in flight
/// need, whatever the number of items. `body` must not share mutable state.
public func parallelMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], _ body: @Sendable (Item) throws -> Result
) throws -> [Result] {
    let results = Mutex<[Result?]>(Array(repeating: nil, count: items.count))
    let failure = Mutex<(index: Int, error: any Error)?>(nil)
    DispatchQueue.concurrentPerform(iterations: items.count) { k in
        if failure.withLock({ $0 != nil }) { return }
        do {
            let result = try body(items[k])
            results.withLock { $0[k] = result }
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
