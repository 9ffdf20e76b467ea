namespace Gongkai.Web.Features.Catalog;

/// <summary>
/// Gives an agency the standard township 信息公开目录 (<see cref="StandardColumns.Township"/>) when the agency is
/// created, and at start-up to any agency that has none (agencies created before this rule). Never on a read: a GET
/// must not write. Audited as whoever creates the agency, or the system actor at start-up.
/// </summary>
public static class SeedStandardColumns
{
    /// <summary>Every agency without a column gets the standard catalog (idempotent; run after migrating).</summary>
    public static async Task EnsureAllAsync(GongkaiDbContext db, CancellationToken ct = default)
    {
        var without = await db.Agencies.AsNoTracking().Where(a => !db.CatalogColumns.Any(c => c.AgencyId == a.Id)).Select(a => a.Id).ToListAsync(ct);
        foreach (var id in without)
        {
            await RunAsync(db, id, ct);
        }
    }

    public static async Task RunAsync(GongkaiDbContext db, int agencyId, CancellationToken ct)
    {
        var byKey = new Dictionary<string, CatalogColumn>(StringComparer.Ordinal);
        var order = 0;
        // Parents first: their generated keys are the children's ParentId.
        foreach (var group in new[] { StandardColumns.Township.Where(c => c.Parent is null), StandardColumns.Township.Where(c => c.Parent is not null) })
        {
            foreach (var s in group)
            {
                var c = CatalogColumn.FromStandard(agencyId, s, order++, s.Parent is null ? null : byKey[s.Parent].Id);
                db.CatalogColumns.Add(c);
                byKey[s.Key] = c;
            }

            await db.SaveChangesAsync(ct);
        }
    }
}
