using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Features.Portal.Pages;

/// <summary>
/// One published item with the catalog metadata. A withdrawn item answers 410 Gone with the withdrawal notice and no
/// body (a citizen following an old link learns it was withdrawn, and when and why); anything unpublished is a 404.
/// </summary>
[OutputCache(PolicyName = CatalogCache.PolicyName)]
public sealed class CatalogItemModel(GongkaiDbContext db) : PageModel
{
    public sealed record AttachmentRow(int Id, string FileName, long Length);

    public sealed record LinkRow(string AgencyCode, int Id, string Title, DateTimeOffset? PublishedAt);

    public Agency Agency { get; private set; } = null!;

    public PortalColumn Section { get; } = PortalColumns.Find("catalog")!;

    public CatalogItem Item { get; private set; } = null!;

    public CatalogColumn Column { get; private set; } = null!;

    public IReadOnlyList<CatalogColumn> Ancestry { get; private set; } = [];

    public bool Withdrawn => Item.Status == ItemStatus.Withdrawn;

    public string WithdrawnNotice =>
        (Item.WithdrawnAt is { } at ? $"该信息已于{CatalogPortal.Official(at)}撤回。" : "该信息已撤回。")
        + (string.IsNullOrWhiteSpace(Item.WithdrawnReason) ? "" : "撤回原因：" + Item.WithdrawnReason.Trim());

    public IReadOnlyList<AttachmentRow> Attachments { get; private set; } = [];

    /// <summary>政策解读 items that interpret this one.</summary>
    public IReadOnlyList<LinkRow> Interpretations { get; private set; } = [];

    /// <summary>For an interpretation: the policy it interprets (when that is public).</summary>
    public LinkRow? Policy { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency, int id, CancellationToken ct)
    {
        var a = await PortalAgency.LoadAsync(db, agency, ViewData, ct);
        if (a is null)
        {
            return NotFound();
        }

        var item = await db.CatalogItems.AsNoTracking()
            .Where(i => i.Id == id && i.AgencyId == a.Id && (i.Status == ItemStatus.Published || i.Status == ItemStatus.Withdrawn))
            .FirstOrDefaultAsync(ct);
        if (item is null)
        {
            return NotFound();
        }

        var columns = await db.CatalogColumns.AsNoTracking().Where(c => c.AgencyId == a.Id).ToListAsync(ct);
        var column = columns.FirstOrDefault(c => c.Id == item.ColumnId);
        if (column is null)
        {
            return NotFound();
        }

        (Agency, Item, Column) = (a, item, column);
        Ancestry = CatalogPortal.Ancestry(columns, column);
        if (Withdrawn)
        {
            // 410, not 404: the information existed and was withdrawn; the page says so. Never the body.
            Item.BodyHtml = "";
            Item.BodyText = "";
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        Attachments = await db.CatalogItemAttachments.AsNoTracking()
            .Where(x => x.ItemId == item.Id)
            .OrderBy(x => x.Id)
            .Select(x => new AttachmentRow(x.Id, x.FileName, x.Length))
            .ToListAsync(ct);
        // An interpretation may come from another agency (a county office explaining a township's policy): link
        // with that item's own agency code.
        Interpretations = await (
                from i in db.CatalogItems.AsNoTracking()
                where i.InterpretsItemId == item.Id && i.Status == ItemStatus.Published
                join ag in db.Agencies on i.AgencyId equals ag.Id
                orderby i.PublishedAt descending, i.Id descending
                select new LinkRow(ag.Code, i.Id, i.Title, i.PublishedAt))
            .ToListAsync(ct);
        if (item.InterpretsItemId is { } policyId)
        {
            Policy = await (
                    from i in db.CatalogItems.AsNoTracking()
                    where i.Id == policyId && i.Status == ItemStatus.Published
                    join ag in db.Agencies on i.AgencyId equals ag.Id
                    select new LinkRow(ag.Code, i.Id, i.Title, i.PublishedAt))
                .FirstOrDefaultAsync(ct);
        }

        return Page();
    }
}
