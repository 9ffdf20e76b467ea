using Gongkai.Search;

namespace Gongkai.Web.Features.Search;

/// <summary>The search parameters of the page and the API.</summary>
/// <param name="Scope">"mine": only the signed-in staff member's agencies and, for supervisors, every subordinate.</param>
public sealed record SearchForm(string? Q, string? Agency, string? Column, string? Topic, DateOnly? From, DateOnly? To, string? DocNo, string? Type, string? Sort, int? Page, string? Scope = null);

/// <summary>
/// The public search: across every agency of the deployment (or one, or a supervisor's subtree), with the queries that
/// found little recorded for the agency's "what the public looks for that we have not published".
/// </summary>
public sealed class PortalSearch(SearchIndexHost host, GongkaiDbContext db, TimeProvider clock, StaffContext me, AgencyScope agencyScope)
{
    public const int FewResults = 2;

    /// <summary>
    /// Searches what is published. Citizens search every agency of the deployment; staff may narrow to their own
    /// agencies (<see cref="SearchForm.Scope"/> "mine"). Only anonymous searches are logged as public demand.
    /// </summary>
    public async Task<SearchResult> SearchAsync(SearchForm f, CancellationToken ct)
    {
        var staff = await me.GetAsync(ct);
        IReadOnlyCollection<string>? agencies = null;
        if (staff is not null && f.Scope == "mine")
        {
            agencies = (await agencyScope.VisibleAsync(AgencyAccess.Read, ct)).Select(a => a.Code).ToList();
        }

        // An advanced search by 文号 alone searches for the 文号.
        if (string.IsNullOrWhiteSpace(f.Q) && !string.IsNullOrWhiteSpace(f.DocNo))
        {
            f = f with { Q = f.DocNo };
        }

        var log = staff is null;
        var scope = f.Agency is { Length: > 0 } a ? (agencies is null || agencies.Contains(a) ? [a] : ["\u0000none"]) : agencies;
        var q = new SearchQuery(f.Q ?? "", scope, Blank(f.Column), Blank(f.Topic), f.From, f.To, Blank(f.DocNo), Blank(f.Type),
            f.Sort == "newest" ? SearchSort.Newest : SearchSort.Relevance, Math.Clamp(f.Page ?? 1, 1, 100), 10);
        var result = host.Index.Search(q);
        if (log && result.Problem is null && (f.Page ?? 1) == 1)
        {
            db.SearchQueries.Add(new SearchQueryLog
            {
                AgencyCode = Blank(f.Agency),
                Query = LoggedQuery(f.Q!),
                Results = result.Total,
                At = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(ct);
        }

        return result;
    }

    public sealed record Demand(string Month, string Query, int Times, int BestResults);

    /// <summary>Queries of the last 12 months that found at most <see cref="FewResults"/> documents, by month.</summary>
    public async Task<IReadOnlyList<Demand>> DemandAsync(string agencyCode, CancellationToken ct)
    {
        var since = clock.GetUtcNow().AddMonths(-12);
        var rows = await db.SearchQueries.AsNoTracking()
            .Where(q => (q.AgencyCode == agencyCode || q.AgencyCode == null) && q.At >= since && q.Results <= FewResults)
            .Select(q => new { q.Query, q.Results, q.At }).ToListAsync(ct);
        return rows
            .GroupBy(r => (Month: Gongkai.Core.Calendar.ChinaTime.Local(r.At).ToString("yyyy-MM", CultureInfo.InvariantCulture), r.Query))
            .Select(g => new Demand(g.Key.Month, g.Key.Query, g.Count(), g.Max(x => x.Results)))
            .OrderByDescending(d => d.Month).ThenByDescending(d => d.Times).ThenBy(d => d.Query, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The query as kept for the demand view: normalised, at most 200 characters, and with any ID, phone or
    /// bank-card number a citizen typed masked — the log is shown to staff and must not collect personal data.</summary>
    public static string LoggedQuery(string q)
    {
        // Mask before normalising: the scanner wants the number as typed (an ID's check character is an upper-case X).
        var raw = q.Trim();
        var text = ChineseAnalysis.Normalize(Gongkai.Core.Catalog.SensitiveScanner.MaskAll(raw, Gongkai.Core.Catalog.SensitiveScanner.Scan(raw.ToUpperInvariant())));
        return text.Length > 200 ? text[..200] : text;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
