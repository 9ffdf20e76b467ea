namespace Gongkai.Web.Features.Requests.Pages;

/// <summary>
/// 更正登记信息: a handler fixes a registration mistake (wrong channel, a typo in the subject, the receipt date before
/// handling began), with the reason. The request is never deleted; the audit log keeps before and after.
/// </summary>
[Authorize]
public sealed class CorrectIntakeModel(RequestDetails details, CorrectRequestIntake correct) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public RequestChannel? Channel { get; set; }

    [BindProperty]
    public DateOnly? ReceivedOn { get; set; }

    [BindProperty]
    public RequestInput Input { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public string TrackingCode { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var r = await details.LoadEntityAsync(Id, ct);
        if (r is null)
        {
            return NotFound();
        }

        TrackingCode = r.TrackingCode;
        (Channel, ReceivedOn) = (r.Channel, r.ReceivedOn);
        Input = new RequestInput
        {
            ApplicantType = r.ApplicantType, ApplicantName = r.ApplicantName, IdDocumentType = r.IdDocumentType, IdDocumentNumber = r.IdDocumentNumber,
            OrganizationCode = r.OrganizationCode, ContactPerson = r.ContactPerson, Phone = r.Phone, Email = r.Email, Address = r.Address,
            Subject = r.Subject, Description = r.Description, Purpose = r.Purpose, Delivery = r.Delivery,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var r = await correct.CorrectAsync(Id, new IntakeCorrection(Channel, ReceivedOn, Input, Reason), ct);
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
            TrackingCode = (await details.LoadEntityAsync(Id, ct))?.TrackingCode ?? "";
            v.CopyTo(ModelState, "Input.", "ReceivedOn", "Channel", "Reason", "Action");

            return Page();
        }

        return RedirectToPage("Detail", new { id = Id, done = RequestAction.CorrectIntake.Label() });
    }
}
