using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.Portal.Pages;

/// <summary>法定主动公开内容: the agency's column tree with how much each column holds and when it last grew.</summary>
[OutputCache(PolicyName = CatalogCache.PolicyName)]
public sealed class CatalogHomeModel(GongkaiDbContext db) : PageModel
{
    public sealed record ColumnRow(CatalogColumn Column, int Count, DateTimeOffset? Latest, IReadOnlyList<ColumnRow> Children);

    public Agency Agency { get; private set; } = null!;

    public PortalColumn Section { get; } = PortalColumns.Find("catalog")!;

    public IReadOnlyList<ColumnRow> Tree { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string agency, CancellationToken ct)
    {
        var a = await PortalAgency.LoadAsync(db, agency, ViewData, ct);
        if (a is null)
        {
            return NotFound();
        }

        Agency = a;
        var columns = await db.CatalogColumns.AsNoTracking().Where(c => c.AgencyId == a.Id).ToListAsync(ct);
        var stats = (await db.CatalogItems.AsNoTracking()
                .Where(i => i.AgencyId == a.Id && i.Status == ItemStatus.Published)
                .GroupBy(i => i.ColumnId)
                .Select(g => new { ColumnId = g.Key, Count = g.Count(), Latest = g.Max(i => i.PublishedAt) })
                .ToListAsync(ct))
            .ToDictionary(s => s.ColumnId);

        // A parent's figures include its children's, matching the column page, which lists both.
        ColumnRow Build(CatalogColumn c, HashSet<int> path)
        {
            var children = columns.Where(x => x.ParentId == c.Id && path.Add(x.Id)).Ordered().Select(x => Build(x, path)).ToList();
            var own = stats.GetValueOrDefault(c.Id);
            var latest = children.Select(x => x.Latest).Append(own?.Latest).Max();
            return new ColumnRow(c, (own?.Count ?? 0) + children.Sum(x => x.Count), latest, children);
        }

        var ids = columns.Select(c => c.Id).ToHashSet();
        var visited = new HashSet<int>();
        Tree = columns.Where(c => c.ParentId is null || !ids.Contains(c.ParentId.Value)).Ordered()
            .Where(c => visited.Add(c.Id)).Select(c => Build(c, visited)).ToList();
        return Page();
    }
}
