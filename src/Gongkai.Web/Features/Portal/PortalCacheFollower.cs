using Gongkai.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Portal;

/// <summary>
/// Drops this node's cached catalog pages of every agency whose items changed, read from the outbox like the search
/// index: every web node runs one, so a publication or withdrawal made on any node leaves every node's cache within
/// <see cref="OutboxFollower.Interval"/> (at once on the node that made it), not after the cache's 60 s.
/// </summary>
public sealed class PortalCacheFollower(IServiceScopeFactory scopes, OutboxSignal signal, IOutputCacheStore cache, TimeProvider clock, ILogger<PortalCacheFollower> log)
    : OutboxFollower(scopes, signal, clock, log)
{
    private const int Batch = 500;

    // -1 until the first read; read by tests on other threads.
    private long position = -1;

    /// <summary>The last outbox id this node's cache has followed (null before the first read).</summary>
    public long? Position => Interlocked.Read(ref position) is var p and >= 0 ? p : null;

    protected override async Task CatchUpAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GongkaiDbContext>();
        if (Position is not { } from)
        {
            // The cache lives in this process's memory and starts empty: what changed before holds nothing to drop.
            Interlocked.Exchange(ref position, await db.Outbox.MaxAsync(m => (long?)m.Id, ct) ?? 0);
            return;
        }

        while (true)
        {
            var rows = await db.Outbox.AsNoTracking().Where(m => m.Id > from && m.Topic == OutboxMessage.CatalogItemTopic)
                .OrderBy(m => m.Id).Take(Batch).Select(m => new { m.Id, m.EntityId }).ToListAsync(ct);
            if (rows.Count == 0)
            {
                return;
            }

            var items = rows.Select(r => r.EntityId).Distinct().ToList();
            var agencies = await db.CatalogItems.Where(i => items.Contains(i.Id))
                .Join(db.Agencies, i => i.AgencyId, a => a.Id, (_, a) => a.Code).Distinct().ToListAsync(ct);
            foreach (var code in agencies)
            {
                await CatalogCache.EvictAsync(cache, code, ct);
            }

            from = rows[^1].Id;
            Interlocked.Exchange(ref position, from);
        }
    }
}
