using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.Portal.Pages;

/// <summary>The published items of one column and the columns below it, newest first, 20 to a page.</summary>
[OutputCache(PolicyName = CatalogCache.PolicyName)]
public sealed class CatalogColumnModel(GongkaiDbContext db) : PageModel
{
    public sealed record Row(int Id, string Title, string? DocumentNumber, DateTimeOffset? PublishedAt);

    public Agency Agency { get; private set; } = null!;

    public PortalColumn Section { get; } = PortalColumns.Find("catalog")!;

    public CatalogColumn Column { get; private set; } = null!;

    public IReadOnlyList<CatalogColumn> Ancestry { get; private set; } = [];

    public IReadOnlyList<CatalogColumn> Children { get; private set; } = [];

    public IReadOnlyList<Row> Items { get; private set; } = [];

    public int PageNumber { get; private set; }

    public int PageCount { get; private set; }

    public int Total { get; private set; }

    public string PageUrl(int page) => $"/{Agency.Code}/catalog/{Column.Key}" + (page > 1 ? $"?page={page}" : "");

    // [FromQuery]: in Razor Pages the route value "page" is the page's own name and would win over ?page=N.
    public async Task<IActionResult> OnGetAsync(string agency, string column, [FromQuery(Name = "page")] int? pageNumber, CancellationToken ct)
    {
        var a = await PortalAgency.LoadAsync(db, agency, ViewData, ct);
        if (a is null)
        {
            return NotFound();
        }

        var columns = await db.CatalogColumns.AsNoTracking().Where(c => c.AgencyId == a.Id).ToListAsync(ct);
        var c = columns.FirstOrDefault(x => string.Equals(x.Key, column, StringComparison.Ordinal));
        if (c is null)
        {
            return NotFound();
        }

        (Agency, Column) = (a, c);
        Ancestry = CatalogPortal.Ancestry(columns, c);
        Children = columns.Where(x => x.ParentId == c.Id).Ordered().ToList();
        var ids = CatalogPortal.WithDescendants(columns, c.Id).ToList();
        var published = db.CatalogItems.AsNoTracking()
            .Where(i => i.AgencyId == a.Id && ids.Contains(i.ColumnId) && i.Status == ItemStatus.Published);

        Total = await published.CountAsync(ct);
        PageCount = Math.Max(1, (Total + CatalogPortal.PageSize - 1) / CatalogPortal.PageSize);
        PageNumber = pageNumber ?? 1;
        // Out-of-range pages are 404s, not empty pages: each would otherwise be a separate cache entry and crawl target.
        if (PageNumber < 1 || PageNumber > PageCount)
        {
            return NotFound();
        }

        Items = await published
            .OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id)
            .Skip((PageNumber - 1) * CatalogPortal.PageSize).Take(CatalogPortal.PageSize)
            .Select(i => new Row(i.Id, i.Title, i.DocumentNumber, i.PublishedAt))
            .ToListAsync(ct);
        return Page();
    }
}
