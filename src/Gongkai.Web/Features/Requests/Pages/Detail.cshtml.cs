namespace Gongkai.Web.Features.Requests.Pages;

/// <summary>One request: applicant, timeline, how the due date was computed, hints, attachments, and the next step.</summary>
[Authorize]
public sealed class DetailModel(RequestDetails details, ApplyRequestStep apply, RequestAttachments attachments, RequestLetters letters) : PageModel
{
    public sealed class StepForm
    {
        public RequestAction? Action { get; set; }

        public DateOnly? On { get; set; }

        public string? Note { get; set; }

        public int? Days { get; set; }

        public string? ApprovedBy { get; set; }

        public RequestOutcome? Outcome { get; set; }

        public string? LegalBasis { get; set; }

        public string? AnswerText { get; set; }

        public string? RedirectedTo { get; set; }

        public string? DeliveryProof { get; set; }

        public decimal? Fee { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public StepForm Step { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public RequestEndpoints.RequestDto Data { get; private set; } = null!;

    public string? Done { get; private set; }

    public string AgencyCode => Data.AgencyCode;

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        Done = done;
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostStepAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (Step.Action is null)
        {
            ModelState.AddModelError("Step.Action", "请选择办理操作。");
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        var r = await apply.ApplyAsync(Id, new RequestStep(Step.Action.Value, Step.On, Step.Note, Step.Days, Step.Outcome, Step.LegalBasis,
            Step.AnswerText, Step.DeliveryProof, Step.RedirectedTo, Step.Fee, Step.ApprovedBy), ct);
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
            v.CopyTo(ModelState, "Step.");
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        return RedirectToPage(new { id = Id, done = Step.Action.Value.Label() });
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var r = await attachments.AddAsync(Id, Upload, ct);
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
            v.CopyTo(ModelState);
            return await LoadAsync(ct) ? Page() : NotFound();
        }

        return RedirectToPage(new { id = Id, done = "上传附件" });
    }

    public async Task<IActionResult> OnGetAttachmentAsync(int attachmentId, CancellationToken ct)
    {
        var a = await attachments.GetAsync(Id, attachmentId, ct);
        return a is null ? NotFound() : File(a.Content, a.ContentType, a.FileName);
    }

    public async Task<IActionResult> OnGetLetterAsync(Gongkai.Documents.Letters.LetterKind kind, string? format, CancellationToken ct)
    {
        var f = await letters.RenderAsync(Id, kind, format != "html", ct);
        if (f is null)
        {
            return NotFound();
        }

        // Printable HTML opens in the browser (its own inline print CSS, no script at all); DOCX downloads.
        if (format == "html")
        {
            Response.Headers.ContentSecurityPolicy = RequestLetters.HtmlPolicy;
        }

        return format == "html" ? File(f.Content, f.ContentType) : File(f.Content, f.ContentType, f.FileName);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var d = await details.LoadAsync(Id, ct);
        if (d is null)
        {
            return false;
        }

        Data = d;
        return true;
    }
}
