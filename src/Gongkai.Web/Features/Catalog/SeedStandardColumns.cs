namespace Gongkai.Web.Features.Catalog;

/// <summary>
/// Gives an agency the standard township 信息公开目录 (<see cref="StandardColumns.Township"/>): on first use of its
/// catalog, and from the demo seed. Audited as whoever is signed in.
/// </summary>
public static class SeedStandardColumns
{
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
