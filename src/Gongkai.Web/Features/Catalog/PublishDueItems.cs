using Gongkai.Core.Catalog;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Catalog;

/// <summary>
/// Publishes approved items whose scheduled time has come (the background publisher runs this; the actor is
/// "system"). 先审查、后发布: each item checks its content again at the moment of publication, and one that now shows
/// a finding or a 密级 marking stays scheduled for its reviewer to return or withhold.
/// </summary>
public sealed class PublishDueItemsHandler(GongkaiDbContext db, CatalogStore store, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.CatalogItems.Include(i => i.Attachments).Include(i => i.ScanOverrides)
            .Where(i => i.Status == ItemStatus.Scheduled).ToListAsync(ct);
        var agencies = new Dictionary<int, CatalogAgency>();
        var n = 0;
        foreach (var item in due.Where(i => i.ScheduledAt is null || i.ScheduledAt <= now))
        {
            if (!agencies.TryGetValue(item.AgencyId, out var agency))
            {
                agencies[item.AgencyId] = agency = await store.AgencyAsync(item.AgencyId, ct);
            }

            if (item.Publish(agency.Numbers, "system", now) is not null)
            {
                continue;
            }

            await store.SaveAsync(item, ct);
            n++;
        }

        return n;
    }
}
