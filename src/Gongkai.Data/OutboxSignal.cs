namespace Gongkai.Data;

/// <summary>
/// Wakes this node's outbox followers as soon as one of its saves has written outbox rows, instead of at their next
/// poll. Rows written by other nodes are found by the poll alone: the signal only shortens the wait on the node that
/// made the change.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource next = NewSource();

    /// <summary>
    /// Completes at the next <see cref="Notify"/>. A follower takes it before reading the outbox, so rows announced while it
    /// reads wake it again instead of waiting for the poll.
    /// </summary>
    public Task Next => Volatile.Read(ref next).Task;

    /// <summary>Outbox rows were committed on this node.</summary>
    public void Notify() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
