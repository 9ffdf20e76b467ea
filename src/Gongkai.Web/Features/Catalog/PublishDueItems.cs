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

            // Several publishers (every web node, or a node and an operator's run) may see the same due item: claim it
            // with a conditional update first, so exactly one of them publishes it.
            var seen = item.UpdatedAt;
            var claimed = await db.CatalogItems
                .Where(i => i.Id == item.Id && i.Status == ItemStatus.Scheduled && i.UpdatedAt == seen)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.UpdatedAt, now), ct);
            if (claimed == 0)
            {
                db.Entry(item).State = EntityState.Detached;
                continue;
            }

            db.Entry(item).Property(i => i.UpdatedAt).OriginalValue = now;
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
