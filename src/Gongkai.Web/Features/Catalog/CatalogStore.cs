
namespace Gongkai.Web.Features.Catalog;

/// <summary>What a catalog use case needs of the item's agency: its code (URLs, cache tags), name and own numbers.</summary>
public sealed record CatalogAgency(int Id, string Code, string Name, PublishedNumbers Numbers);

/// <summary>A loaded item, its agency, who acts on it and when: what a step of the aggregate takes.</summary>
public sealed record ItemAct(CatalogItem Item, CatalogAgency Agency, string By, DateTimeOffset At);

/// <summary>
/// Loading and saving catalog items for the use cases. Loading returns the item with its children, and only to staff
/// who may read its agency. Saving stores the versions the item kept and gives a first publication its 索引号. Every
/// save is audited under the name of the step the item applied, and announced in the outbox, from which every web
/// node's search index and cached portal pages follow it (PortalCacheFollower, SearchFollower).
/// </summary>
public sealed class CatalogStore(GongkaiDbContext db, StaffContext me, AgencyScope scope, TimeProvider clock)
{
    /// <summary>
    /// Loads the item for a step that needs <paramref name="role"/> on its agency: <c>Stop</c> is 404 when the item is
    /// missing or not readable, 403 without the role; otherwise <c>Act</c> is set.
    /// </summary>
    public async Task<(ItemAct? Act, Outcome<CatalogItem> Stop)> BeginAsync(int id, Func<CatalogItem, StaffRole> role, CancellationToken ct)
    {
        var item = await LoadAsync(id, ct);
        if (item is null)
        {
            return (null, Outcome<CatalogItem>.Missing);
        }

        if (!await scope.CanAsync(item.AgencyId, AgencyScope.AccessFor(role(item)), ct))
        {
            return (null, Outcome<CatalogItem>.Denied);
        }

        return (new ItemAct(item, await AgencyAsync(item.AgencyId, ct), (await me.GetAsync(ct))!.UserName, clock.GetUtcNow()), default);
    }

    /// <summary>The aggregate's answer to a step: its refusal as field errors (nothing saved), or the item saved.</summary>
    public async Task<Outcome<CatalogItem>> FinishAsync(ItemAct act, Refusal? refused, CancellationToken ct)
    {
        if (refused is not null)
        {
            return Outcome<CatalogItem>.Fail(new Validation().Add(refused.Field, refused.Message));
        }

        await SaveAsync(act.Item, ct);
        return Outcome<CatalogItem>.Ok(act.Item);
    }

    public async Task<CatalogItem?> LoadAsync(int id, CancellationToken ct)
    {
        var item = await db.CatalogItems.Include(i => i.Events).Include(i => i.Attachments).Include(i => i.Channels).Include(i => i.ScanOverrides)
            .AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, ct);
        return item is not null && await scope.CanAsync(item.AgencyId, AgencyAccess.Read, ct) ? item : null;
    }

    public async Task<CatalogAgency> AgencyAsync(int agencyId, CancellationToken ct)
    {
        var a = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => new { a.Id, a.Code, a.Name, a.Phone }).SingleAsync(ct);
        // The profile has one contact field (联系电话, often with the 传真 written in it too): every number in it is the
        // agency's own, published in its 公开指南, and never a finding.
        return new CatalogAgency(a.Id, a.Code, a.Name, PublishedNumbers.From(a.Phone));
    }

    /// <summary>Saves <paramref name="item"/> (new or loaded) after a step the aggregate applied.</summary>
    public async Task SaveAsync(CatalogItem item, CancellationToken ct)
    {
        var isNew = db.Entry(item).State == EntityState.Detached;
        if (isNew)
        {
            db.CatalogItems.Add(item);
        }

        var versions = item.TakeNewVersions();
        if (isNew && versions.Count > 0)
        {
            // A new draft's versions point at its generated key: both inserts in one transaction. A draft is not
            // published, so no 索引号 retry runs inside it (PostgreSQL aborts a transaction at its first failed statement).
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            foreach (var v in versions)
            {
                v.ItemId = item.Id;
            }

            db.CatalogItemVersions.AddRange(versions);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        else
        {
            db.CatalogItemVersions.AddRange(versions);
            await SaveAssigningIndexNumberAsync(item, ct);
        }
    }

    /// <summary>
    /// First publication assigns the 索引号: the next number of the agency's year. Two publishers may pick the same number;
    /// the unique index refuses the second, which takes the next one (no duplicates under concurrency).
    /// </summary>
    private async Task SaveAssigningIndexNumberAsync(CatalogItem item, CancellationToken ct)
    {
        if (item.Status != ItemStatus.Published || item.IndexNumber is not null)
        {
            await db.SaveChangesAsync(ct);
            return;
        }

        var code = (await AgencyAsync(item.AgencyId, ct)).Code;
        var year = ChinaTime.Day(item.PublishedAt!.Value).Year;
        var prefix = ReviewChain.IndexNumber(code, year, 0)[..^6];
        for (var attempt = 0; ; attempt++)
        {
            var taken = await db.CatalogItems.Where(i => i.IndexNumber != null && i.IndexNumber.StartsWith(prefix)).Select(i => i.IndexNumber!).ToListAsync(ct);
            var max = taken.Select(t => int.TryParse(t[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
            item.AssignIndexNumber(ReviewChain.IndexNumber(code, year, max + 1 + attempt));
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 20)
            {
                // Another publisher took the number: the tracked changes stay pending; pick again and retry.
            }
        }
    }
}
