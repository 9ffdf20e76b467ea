namespace Gongkai.Web.Features.Catalog;

/// <summary>The back office's reads: an item, an agency's columns, items, column health, engagement records, versions.</summary>
public sealed class CatalogQueries(GongkaiDbContext db, CatalogStore store, AgencyScope scope, TimeProvider clock)
{
    /// <summary>The item with its events, attachments, channels and allowances; null when missing or not readable.</summary>
    public Task<CatalogItem?> ItemAsync(int id, CancellationToken ct) => store.LoadAsync(id, ct);

    public Task<CatalogAgency> AgencyAsync(int agencyId, CancellationToken ct) => store.AgencyAsync(agencyId, ct);

    public async Task<int?> AgencyIdAsync(string code, CancellationToken ct) => (await scope.FindAsync(code, ct))?.Id;

    /// <summary>The agency's columns (read only: the standard catalog is created with the agency, see <see cref="SeedStandardColumns"/>).</summary>
    public async Task<IReadOnlyList<CatalogColumn>> ColumnsAsync(int agencyId, CancellationToken ct) =>
        await db.CatalogColumns.AsNoTracking().Where(c => c.AgencyId == agencyId).OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct);

    /// <summary>The agency's items, drafts and reviews included, most recently changed first (at most 500).</summary>
    public async Task<List<ItemRow>> ItemsAsync(int agencyId, ItemStatus? status, CancellationToken ct)
    {
        var q = db.CatalogItems.AsNoTracking().Where(i => i.AgencyId == agencyId);
        if (status is not null)
        {
            q = q.Where(i => i.Status == status);
        }

        var rows = await q.OrderByDescending(i => i.UpdatedAt).Take(500)
            .Select(i => new { i.Id, i.IndexNumber, i.Title, i.ColumnId, i.Status, i.PublishedAt, i.UpdatedAt }).ToListAsync(ct);
        return rows.Select(i => new ItemRow(i.Id, i.IndexNumber, i.Title, i.ColumnId, i.Status.ToString(), i.Status.Label(), i.PublishedAt, i.UpdatedAt)).ToList();
    }

    public async Task<IReadOnlyList<ColumnHealth>> HealthAsync(int agencyId, CancellationToken ct)
    {
        var columns = await ColumnsAsync(agencyId, ct);
        var latest = await db.CatalogItems.AsNoTracking().Where(i => i.AgencyId == agencyId && i.Status == ItemStatus.Published)
            .GroupBy(i => i.ColumnId).Select(g => new { g.Key, Last = g.Max(i => i.PublishedAt) }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return columns.Select(c => CatalogHealth.Check(c.Id, c.Name, c.UpdateEveryDays, latest.FirstOrDefault(l => l.Key == c.Id)?.Last, now)).ToList();
    }

    public async Task<IReadOnlyList<EngagementRecord>> EngagementAsync(int agencyId, CancellationToken ct) =>
        await db.EngagementRecords.AsNoTracking().Where(e => e.AgencyId == agencyId).OrderByDescending(e => e.On).ThenByDescending(e => e.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<ItemVersion>> VersionsAsync(int id, CancellationToken ct) =>
        await db.CatalogItemVersions.AsNoTracking().Where(v => v.ItemId == id).OrderBy(v => v.Version).ToListAsync(ct);
}
