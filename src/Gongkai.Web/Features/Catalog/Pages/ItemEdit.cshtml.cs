namespace Gongkai.Web.Features.Catalog.Pages;

/// <summary>One item in the back office: edit the draft, see and resolve scan findings, move it along the review chain.</summary>
[Authorize]
public sealed class ItemEditModel(GongkaiDbContext db, AgencyScope scope, CatalogQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public ItemForm Form { get; set; } = new();

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public bool WithFindings { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public CatalogItem Item { get; private set; } = null!;

    public string AgencyCode { get; private set; } = "";

    public IReadOnlyList<OpenFinding> Findings { get; private set; } = [];

    public IReadOnlyList<ItemVersion> Versions { get; private set; } = [];

    public HashSet<StaffRole> MyRoles { get; } = [];

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Done = done;
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Form = ItemForm.From(Item);
        Form.Columns = await queries.ColumnsAsync(Item.AgencyId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync([FromServices] UpdateItemHandler update, CancellationToken ct) =>
        await AfterAsync(await update.HandleAsync(Id, Form.ToInput(), ct), "Form.", "已保存", ct);

    public async Task<IActionResult> OnPostMaskAsync([FromServices] MaskFindingsHandler mask, CancellationToken ct) =>
        await AfterAsync(await mask.HandleAsync(Id, ct), "", "已遮盖敏感信息", ct);

    public async Task<IActionResult> OnPostStepAsync(ItemAction action, [FromServices] ActOnItemHandler act, CancellationToken ct) =>
        await AfterAsync(await act.HandleAsync(Id, new ItemStep(action, Comment, WithFindings), ct), "", action.Label(), ct);

    public async Task<IActionResult> OnPostOverrideAsync(FindingKind kind, string? text, string? reason, [FromServices] OverrideFindingHandler allow, CancellationToken ct) =>
        await AfterAsync(await allow.HandleAsync(Id, new OverrideInput(kind, text, reason), ct), "", "已允许公开该项", ct);

    public async Task<IActionResult> OnPostChannelAsync(PublicationChannel? channel, DateOnly? on, string? link, [FromServices] AddChannelHandler channels, CancellationToken ct) =>
        await AfterAsync(await channels.HandleAsync(Id, new ChannelInput(channel, on, link), ct), "", "已记录发布渠道", ct);

    public async Task<IActionResult> OnPostUploadAsync([FromServices] AddAttachmentHandler attachments, CancellationToken ct) =>
        await AfterAsync(await attachments.HandleAsync(Id, Upload, ct), "", "已上传附件", ct);

    public async Task<IActionResult> OnGetAttachmentAsync(int attachmentId, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var a = Item.Attachments.FirstOrDefault(x => x.Id == attachmentId);
        return a is null ? NotFound() : File(a.Content, a.ContentType, a.FileName);
    }

    private async Task<IActionResult> AfterAsync(Outcome<CatalogItem> r, string prefix, string done, CancellationToken ct)
    {
        if (r.NotFound)
        {
            return NotFound();
        }

        if (r.Forbidden)
        {
            return Forbid();
        }

        if (r.Invalid is { } invalid)
        {
            ModelState.Clear();
            invalid.CopyTo(ModelState, prefix);
            db.ChangeTracker.Clear();
            if (!await LoadAsync(ct))
            {
                return NotFound();
            }

            var columns = await queries.ColumnsAsync(Item.AgencyId, ct);
            Form = prefix == "Form." ? Form : ItemForm.From(Item);
            Form.Columns = columns;
            return Page();
        }

        return RedirectToPage(new { id = Id, done });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var item = await queries.ItemAsync(Id, ct);
        if (item is null)
        {
            return false;
        }

        Item = item;
        var agency = await queries.AgencyAsync(item.AgencyId, ct);
        AgencyCode = agency.Code;
        Findings = item.OpenFindings(agency.Numbers);
        Versions = await queries.VersionsAsync(Id, ct);
        foreach (var role in Enum.GetValues<StaffRole>())
        {
            if (await scope.CanAsync(item.AgencyId, AgencyScope.AccessFor(role), ct))
            {
                MyRoles.Add(role);
            }
        }

        return true;
    }
}
