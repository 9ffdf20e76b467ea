namespace Gongkai.Web.Features.Catalog;

/// <summary>
/// Publishes approved items whose scheduled time has come. Every node may run it: publication is idempotent per item
/// (only Scheduled items move), and the 索引号 is protected by its unique index.
/// </summary>
public sealed class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublisher> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var n = await scope.ServiceProvider.GetRequiredService<PublishDueItemsHandler>().HandleAsync(stoppingToken);
                if (n > 0)
                {
                    log.LogInformation("Published {Count} scheduled items", n);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not stop the publisher; the next tick retries.
                log.LogWarning(e, "Scheduled publication failed; retrying on the next tick");
            }
        }
    }
}
