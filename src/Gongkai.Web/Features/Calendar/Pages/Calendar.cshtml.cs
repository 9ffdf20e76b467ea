using System.Text;

namespace Gongkai.Web.Features.Calendar.Pages;

[Authorize]
public sealed class CalendarModel(CalendarProvider calendars, SaveCalendarYearHandler save, AgencyScope scope, TimeProvider clock) : PageModel
{
    private const int MaxUploadBytes = 64 * 1024;

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? DataText { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Days { get; set; }

    public bool Saved { get; private set; }

    public bool CanEdit { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public CalendarYear? Data { get; private set; }

    public DueDate? DueResult { get; private set; }

    /// <summary>The plain sentence for a provisional <see cref="DueResult"/>.</summary>
    public string? DueNote { get; private set; }

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        await LoadAsync(ct);
        if (Data is not null)
        {
            DataText = HolidayFile.Write([Data]);
        }

        if (From is { } from && Days is >= 1 and <= 366)
        {
            var calendar = await calendars.GetAsync(ct);
            DueResult = calendar.Due(from, Days.Value);
            DueNote = ProvisionalDue.For(calendar, from, DueResult.Value);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await scope.IsPlatformAdminAsync(ct))
        {
            return Forbid();
        }

        ModelState.Clear();
        var content = DataText;
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > MaxUploadBytes)
            {
                ModelState.AddModelError("upload", "文件不能超过64KB。");
                await LoadAsync(ct);
                return Page();
            }

            using var reader = new StreamReader(Upload.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            try
            {
                content = await reader.ReadToEndAsync(ct);
            }
            catch (DecoderFallbackException)
            {
                ModelState.AddModelError("upload", "文件不是UTF-8编码的文本，请另存为UTF-8的CSV或TXT文件后再上传。");
                await LoadAsync(ct);
                return Page();
            }
        }

        var r = await save.HandleAsync(new SaveCalendarYear(Year, content, Source), ct);
        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState);
            DataText = content;
            await LoadAsync(ct);
            return Page();
        }

        return RedirectToPage(new { year = Year, saved = true });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        if (Year == 0)
        {
            Year = ChinaTime.Today(clock).Year; // the year in Beijing, not the server's time zone
        }

        Years = calendar.Years;
        Data = calendar.GetYear(Year);
        Source ??= Data is null ? null : await CalendarEndpoints.SourceOfAsync(calendars, Year, ct);
        CanEdit = await scope.IsPlatformAdminAsync(ct);
    }
}
