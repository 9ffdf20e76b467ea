using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Catalog.Pages;

/// <summary>One item in the back office: edit the draft, see and resolve scan findings, move it along the review chain.</summary>
[Authorize]
public sealed class ItemEditModel(GongkaiDbContext db, StaffContext me, CatalogService catalog) : PageModel
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
        Form.Columns = await catalog.ColumnsAsync(Item.AgencyId, ct);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) =>
        RunAsync(() => catalog.UpdateAsync(Id, Form.ToInput(), ct), "Form.", "已保存", ct);

    public Task<IActionResult> OnPostMaskAsync(CancellationToken ct) =>
        RunAsync(() => catalog.MaskAsync(Id, ct), "", "已遮盖敏感信息", ct);

    public Task<IActionResult> OnPostStepAsync(ItemAction action, CancellationToken ct) =>
        RunAsync(() => catalog.ActAsync(Id, new ItemStep(action, Comment, WithFindings), ct), "", action.Label(), ct);

    public Task<IActionResult> OnPostOverrideAsync(FindingKind kind, string? text, string? reason, CancellationToken ct) =>
        RunAsync(() => catalog.OverrideAsync(Id, kind, text, reason, ct), "", "已允许公开该项", ct);

    public async Task<IActionResult> OnPostChannelAsync(PublicationChannel? channel, DateOnly? on, string? link, CancellationToken ct)
    {
        var r = await catalog.AddChannelAsync(Id, channel, on, link, ct);
        return await AfterAsync(r.NotFound, r.Forbidden, r.Invalid, "", "已记录发布渠道", ct);
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        var r = await catalog.AddAttachmentAsync(Id, Upload, ct);
        return await AfterAsync(r.NotFound, r.Forbidden, r.Invalid, "", "已上传附件", ct);
    }

    public async Task<IActionResult> OnGetAttachmentAsync(int attachmentId, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var a = Item.Attachments.FirstOrDefault(x => x.Id == attachmentId);
        return a is null ? NotFound() : File(a.Content, a.ContentType, a.FileName);
    }

    private async Task<IActionResult> RunAsync(Func<Task<Outcome<CatalogItem>>> action, string prefix, string done, CancellationToken ct)
    {
        var r = await action();
        return await AfterAsync(r.NotFound, r.Forbidden, r.Invalid, prefix, done, ct);
    }

    private async Task<IActionResult> AfterAsync(bool notFound, bool forbidden, Validation? invalid, string prefix, string done, CancellationToken ct)
    {
        if (notFound)
        {
            return NotFound();
        }

        if (forbidden)
        {
            return Forbid();
        }

        if (invalid is not null)
        {
            ModelState.Clear();
            invalid.CopyTo(ModelState, prefix);
            db.ChangeTracker.Clear();
            if (!await LoadAsync(ct))
            {
                return NotFound();
            }

            var columns = await catalog.ColumnsAsync(Item.AgencyId, ct);
            Form = prefix == "Form." ? Form : ItemForm.From(Item);
            Form.Columns = columns;
            return Page();
        }

        return RedirectToPage(new { id = Id, done });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var item = await catalog.LoadAsync(Id, ct);
        if (item is null)
        {
            return false;
        }

        Item = item;
        AgencyCode = await db.Agencies.Where(a => a.Id == item.AgencyId).Select(a => a.Code).SingleAsync(ct);
        Findings = CatalogService.OpenFindings(item);
        Versions = await catalog.VersionsAsync(Id, ct);
        foreach (var role in Enum.GetValues<StaffRole>())
        {
            if (await me.HasRoleAsync(item.AgencyId, role, ct))
            {
                MyRoles.Add(role);
            }
        }

        return true;
    }
}
