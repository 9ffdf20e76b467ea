using Gongkai.Search;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Search.Pages;

[EnableRateLimiting(Gongkai.Web.Shared.GongkaiServices.SearchPolicy)]
public sealed class SearchModel(PortalSearch search, GongkaiDbContext db, Gongkai.Web.Shared.StaffContext me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Column { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? DocNo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>"mine": only the signed-in staff member's agencies and, for supervisors, their subordinates.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Scope { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public SearchResult? Result { get; private set; }

    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    public bool IsStaff { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Agencies = (await db.Agencies.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Code, a.Name }).ToListAsync(ct)).Select(a => (a.Code, a.Name)).ToList();
        IsStaff = await me.GetAsync(ct) is not null;
        // A submitted form (q present, even blank) gets results or the reason there are none.
        if (Request.Query.ContainsKey("q") || DocNo is not null)
        {
            Result = await search.SearchAsync(new SearchForm(Q ?? "", Agency, Column, Topic, From, To, DocNo, Type, Sort, PageNumber, Scope), ct);
        }
    }

    /// <summary>This page's URL with one parameter changed (facet links, paging, sorting).</summary>
    public string With(params (string Key, string? Value)[] changes)
    {
        var d = new Dictionary<string, string?>
        {
            ["q"] = Q, ["agency"] = Agency, ["column"] = Column, ["topic"] = Topic, ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"),
            ["docno"] = DocNo, ["type"] = Type, ["sort"] = Sort, ["scope"] = Scope,
        };
        foreach (var (key, value) in changes)
        {
            d[key] = value;
        }

        // Any change other than paging starts again from the first page.
        if (!changes.Any(c => c.Key == "p"))
        {
            d.Remove("p");
        }

        return "/search" + Microsoft.AspNetCore.Http.QueryString.Create(d.Where(x => !string.IsNullOrEmpty(x.Value)));
    }
}
