using Gongkai.Core.Requests;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Remedies.Pages;

/// <summary>One case: handlers record its result and decision date (or correct its number, body and summary).</summary>
[Authorize]
public sealed class RemedyEditModel(RemedyService remedies) : PageModel
{
    public sealed class ResultForm
    {
        public string? CaseNumber { get; set; }

        public string? Body { get; set; }

        public RemedyResult? Result { get; set; }

        public DateOnly? DecidedOn { get; set; }

        public string? Summary { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public ResultForm Input { get; set; } = new();

    public RemedyRow Data { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = new ResultForm { CaseNumber = Data.CaseNumber, Body = Data.Body, Result = Data.Result, DecidedOn = Data.DecidedOn, Summary = Data.Summary };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var r = await remedies.UpdateAsync(Id, new RemedyUpdate(Input.CaseNumber, Input.Body, Input.Result, Input.DecidedOn, Input.Summary), ct);
        if (r.NotFound)
        {
            return NotFound();
        }

        if (r.Forbidden)
        {
            return Forbid();
        }

        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState, "Input.");
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        var c = r.Value!;
        return RedirectToPage("Remedies", new { agency = c.AgencyCode, done = $"{c.KindLabel}{(c.CaseNumber is { } n ? " " + n : "")}：{c.ResultLabel}" });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var d = await remedies.GetAsync(Id, ct);
        if (d is null)
        {
            return false;
        }

        Data = d;
        CanEdit = await remedies.CanWriteAsync(Id, ct);
        return true;
    }
}
