namespace Gongkai.Web.Features.Reports.Pages;

/// <summary>
/// One agency-year's report in the back office: status and deadline, the tables with drill-down, the checks, and for the
/// agency admin while a draft the manual figures, the narrative (with a generated first draft) and publication.
/// </summary>
[Authorize]
public sealed class ReportEditModel(
    GetReportHandler reports, SaveFiguresHandler figures, SaveNarrativeHandler narrative, DraftOverviewHandler draft, PublishReportHandler publish, TimeProvider clock)
    : PageModel
{
    private static readonly string[] NarrativeFields = ["overview", "problems", "other", "checkNotes", "periodFrom", "periodTo"];

    public sealed class NarrativeForm
    {
        public string? Overview { get; set; }

        public string? Problems { get; set; }

        public string? Other { get; set; }

        public string? CheckNotes { get; set; }

        public DateOnly? PeriodFrom { get; set; }

        public DateOnly? PeriodTo { get; set; }
    }

    /// <summary>A manual figure's input: the value shown and who entered the stored one.</summary>
    public sealed record FigureInput(ManualField Field, string? Value, string? Provenance)
    {
        public string Name => "figure." + Field.Key;

        public string Id => Name.Replace('.', '_');

        public string DescribedBy => Provenance is null ? $"{Id}-error" : $"{Id}-error {Id}-provenance";
    }

    [BindProperty]
    public NarrativeForm Narrative { get; set; } = new();

    public ReportView View { get; private set; } = null!;

    /// <summary>The format asked for with <c>?format=</c>; null for the report's own.</summary>
    public ReportFormat? Format { get; private set; }

    /// <summary>Viewing the report in its own format (the only one that can be edited and published).</summary>
    public bool Native => Format is null || Format == View.Report.Format;

    public bool Editable => View.CanEdit && Native;

    public bool YearOver { get; private set; }

    public IReadOnlyList<FigureInput> Figures { get; private set; } = [];

    public IReadOnlySet<string> Explained { get; private set; } = new HashSet<string>();

    /// <summary>Why publication was refused, when it just was.</summary>
    public IReadOnlyList<string> Refused { get; private set; } = [];

    /// <summary>Errors not tied to one field (e.g. the report was published meanwhile).</summary>
    public List<string> OtherErrors { get; } = [];

    public string? Done { get; private set; }

    public string? Notice { get; private set; }

    public string BaseUrl => $"/admin/reports/{View.Agency.Code}/{View.Year}";

    public string FormatQuery => Format is { } f ? "format=" + ReportFormats.Code(f) : "";

    public string CellLink(ReportTable t, ReportRow r, ReportCell c) =>
        $"{BaseUrl}/cell?table={Uri.EscapeDataString(t.Key)}&row={Uri.EscapeDataString(r.Key)}&column={Uri.EscapeDataString(c.Column)}"
        + (Format is null ? "" : "&" + FormatQuery);

    public string CheckLink(CheckResult c) => $"{BaseUrl}/cell?check={Uri.EscapeDataString(c.Rule)}" + (Format is null ? "" : "&" + FormatQuery);

    public string ExportLink(string ext) => $"/api/agencies/{View.Agency.Code}/reports/{View.Year}/export.{ext}" + (Format is null ? "" : "?" + FormatQuery);

    public async Task<IActionResult> OnGetAsync(string code, int year, string? format, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(code, year, format, ct))
        {
            return NotFound();
        }

        Done = done;
        FillNarrative();
        return Page();
    }

    public async Task<IActionResult> OnPostFiguresAsync(string code, int year, CancellationToken ct)
    {
        if (!await LoadAsync(code, year, null, ct))
        {
            return NotFound();
        }

        var posted = View.ManualFields.ToDictionary(f => f.Key, f => (string?)Request.Form["figure." + f.Key].ToString(), StringComparer.Ordinal);
        var r = await figures.HandleAsync(code, year, posted, ct);
        if (this.Refusal(r) is { } denied)
        {
            return denied;
        }

        if (r.Invalid is { } v)
        {
            Apply(v, "figure.", posted.Keys);
            Figures = Figures.Select(f => f with { Value = posted.GetValueOrDefault(f.Field.Key) }).ToList();
            FillNarrative();
            return Page();
        }

        return RedirectToPage(new { code, year, done = "已保存手工填报数据。" });
    }

    public async Task<IActionResult> OnPostNarrativeAsync(string code, int year, CancellationToken ct)
    {
        if (!await LoadAsync(code, year, null, ct))
        {
            return NotFound();
        }

        var v = new Validation();
        if (ModelState[$"{nameof(Narrative)}.{nameof(NarrativeForm.PeriodFrom)}"]?.Errors.Count > 0)
        {
            v.Add("periodFrom", "请填写有效的日期。");
        }

        if (ModelState[$"{nameof(Narrative)}.{nameof(NarrativeForm.PeriodTo)}"]?.Errors.Count > 0)
        {
            v.Add("periodTo", "请填写有效的日期。");
        }

        ModelState.Clear();
        if (v.IsValid)
        {
            var n = Narrative;
            var r = await narrative.HandleAsync(code, year, new NarrativeInput(n.Overview, n.Problems, n.Other, n.CheckNotes, n.PeriodFrom, n.PeriodTo), ct);
            if (this.Refusal(r) is { } denied)
            {
                return denied;
            }

            if (r.Invalid is null)
            {
                return RedirectToPage(new { code, year, done = "已保存正文。" });
            }

            v = r.Invalid;
        }

        Apply(v, "Narrative.", NarrativeFields);
        return Page();
    }

    /// <summary>Fills 一、总体情况 with the generated draft without saving it: the admin reads and rewrites it first.</summary>
    public async Task<IActionResult> OnPostDraftAsync(string code, int year, CancellationToken ct)
    {
        if (!await LoadAsync(code, year, null, ct))
        {
            return NotFound();
        }

        if (!Editable)
        {
            return Forbid();
        }

        ModelState.Clear();
        Narrative.Overview = await draft.HandleAsync(View, ct);
        Notice = "已按统计数据生成“一、总体情况”初稿，尚未保存：请核对修改后点击“保存正文”。";
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(string code, int year, CancellationToken ct)
    {
        if (!await LoadAsync(code, year, null, ct))
        {
            return NotFound();
        }

        var r = await publish.HandleAsync(code, year, ct);
        if (this.Refusal(r) is { } denied)
        {
            return denied;
        }

        if (r.Invalid is { } v)
        {
            Refused = v.Errors.SelectMany(e => e.Value).ToList();
            FillNarrative();
            return Page();
        }

        return RedirectToPage(new { code, year, done = "年度报告已发布，已在门户网站公开。" });
    }

    private void Apply(Validation v, string prefix, IEnumerable<string> fields)
    {
        var known = fields.ToHashSet(StringComparer.Ordinal);
        foreach (var (field, messages) in v.Errors)
        {
            foreach (var m in messages)
            {
                if (known.Contains(field))
                {
                    ModelState.AddModelError(prefix + field, m);
                }
                else
                {
                    OtherErrors.Add(m);
                }
            }
        }
    }

    private void FillNarrative()
    {
        var report = View.Report;
        Narrative = new NarrativeForm
        {
            Overview = report.Overview, Problems = report.Problems, Other = report.Other, CheckNotes = report.CheckNotes,
            PeriodFrom = report.PeriodFrom, PeriodTo = report.PeriodTo,
        };
    }

    private async Task<bool> LoadAsync(string code, int year, string? format, CancellationToken ct)
    {
        if (!ReportFormats.TryParse(format, out var f) || await reports.ForStaffAsync(code, year, f, ct) is not { } view)
        {
            return false;
        }

        (View, Format) = (view, f);
        YearOver = view.Report.YearIsOver(Gongkai.Core.Calendar.ChinaTime.Today(clock));
        Explained = view.Report.ExplainedRules;

        // The current figures (latest entry per key, the engine's rule) prefill the form with who entered them.
        var stored = await figures.CurrentAsync(view.Agency.Id, year, ct);
        Figures = view.ManualFields.Select(field => stored.TryGetValue(field.Key, out var s)
                ? new FigureInput(field, ReportPageText.Value(s.Value), $"{s.EnteredBy} {ReportPageText.Date(s.EnteredAt)}")
                : new FigureInput(field, null, null))
            .ToList();
        return true;
    }

    /// <summary>The period as a date input's value.</summary>
    public static string DateValue(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
