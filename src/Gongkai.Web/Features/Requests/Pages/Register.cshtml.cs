using Gongkai.Web.Features.Calendar;

namespace Gongkai.Web.Features.Requests.Pages;

/// <summary>A handler registers a request that arrived in person, by letter, fax or email (or fills in an oral one, 第二十九条).</summary>
[Authorize]
public sealed class RegisterModel(AgencyScope scope, StaffContext me, RequestIntake intake, CalendarProvider calendars) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    [BindProperty]
    public RequestChannel? Channel { get; set; }

    [BindProperty]
    public DateOnly? ReceivedOn { get; set; }

    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public string AgencyName { get; private set; } = "";

    public IntakeReceipt? Receipt { get; private set; }

    /// <summary>Shown on the receipt when the due date runs into a year whose holiday notice is not yet in the data.</summary>
    public string? DueNote { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (id, refusal) = await AuthorizeAsync(ct);
        return id is null ? refusal! : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (id, refusal) = await AuthorizeAsync(ct);
        if (id is null)
        {
            return refusal!;
        }

        ModelState.Clear();
        if (Channel is null || !Enum.IsDefined(Channel.Value))
        {
            ModelState.AddModelError("Channel", "请选择申请渠道。");
            return Page();
        }

        var s = await me.GetAsync(ct);
        var r = await intake.SubmitAsync(id.Value, Input, Channel.Value, ReceivedOn, s!.UserName, ct);
        if (r.Invalid is { } v)
        {
            v.CopyTo(ModelState, "Input.", "ReceivedOn");

            return Page();
        }

        Receipt = r.Value;
        DueNote = Receipt is { DueVerified: false, DueOn: { } due } ? ProvisionalDue.Note(await calendars.GetAsync(ct), Receipt.ReceivedOn, due) : null;
        return Page();
    }

    private async Task<(int? Id, IActionResult? Refusal)> AuthorizeAsync(CancellationToken ct)
    {
        var (a, check) = await scope.ResolveAsync(Agency, AgencyAccess.HandleRequests, ct);
        if (a is null)
        {
            return (null, check == ScopeCheck.NotFound ? NotFound() : Forbid());
        }

        AgencyName = a.Name;
        return (a.Id, null);
    }
}
