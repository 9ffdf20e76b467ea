namespace Gongkai.Web.Features.Search.Pages;

/// <summary>
/// "What the public looks for that we have not published": the portal searches that found little, by month, for the
/// agencies the user can read; platform admins also see the index state and can rebuild it.
/// </summary>
[Authorize]
public sealed class SearchAdminModel(StaffContext me, AgencyScope scope, PortalSearch search, SearchIndexHost host, SearchIndexer indexer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    public IReadOnlyList<(string Code, string Name)> Agencies { get; private set; } = [];

    public string AgencyName { get; private set; } = "";

    public IReadOnlyList<PortalSearch.Demand> Demand { get; private set; } = [];

    public bool IsPlatformAdmin { get; private set; }

    public long Documents { get; private set; }

    public string? Position { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Done = done;
        return await LoadAsync(ct) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostRebuildAsync(CancellationToken ct)
    {
        if (!await scope.IsPlatformAdminAsync(ct))
        {
            return Forbid();
        }

        var count = await indexer.RebuildAsync(ct);
        return RedirectToPage(new { agency = Agency, done = $"已重建检索索引，共 {count} 条已公开信息。" });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var s = await me.GetAsync(ct);
        if (s is null)
        {
            return false;
        }

        IsPlatformAdmin = s.IsPlatformAdmin;
        Documents = host.Index.Count;
        Position = host.Index.GetCommitData(SearchIndexHost.PositionKey);
        if (await scope.PickAsync(Agency, AgencyAccess.Read, ct) is not { } chosen)
        {
            return false;
        }

        Agencies = (await scope.VisibleAsync(AgencyAccess.Read, ct)).Select(v => (v.Code, v.Name)).ToList();
        Agency = chosen.Code;
        AgencyName = chosen.Name;
        Demand = await search.DemandAsync(chosen.Code, ct);
        return true;
    }
}
