using Gongkai.Data;

namespace Gongkai.Web.Shared;

/// <summary>
/// A background loop that applies the outbox rows after this node's position: at once when this node committed some
/// (<see cref="OutboxSignal"/>), and otherwise every <see cref="Interval"/>, which bounds how late a change made on
/// another node reaches this one.
/// </summary>
public abstract class OutboxFollower(IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider clock, ILogger log) : BackgroundService
{
    /// <summary>How often the outbox is polled for other nodes' changes.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>Applies what is new since the last call, with a fresh scope's services.</summary>
    protected abstract Task CatchUpAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            // Taken before reading: rows committed while this catch-up reads wake the next one at once.
            var woken = signal.Next;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await CatchUpAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "{Follower}: catch-up from the outbox failed; retrying", GetType().Name);
            }

            try
            {
                await woken.WaitAsync(Interval, clock, stoppingToken);
            }
            catch (TimeoutException)
            {
                // The poll: another node's rows.
            }
        }
    }
}
