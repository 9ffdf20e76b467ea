namespace Gongkai.Web.Features.Requests.Pages;

/// <summary>The applicant checks progress with the tracking code and private key; nobody else's data is reachable.</summary>
public sealed class TrackModel(RequestQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    public PublicStatus? Status { get; private set; }

    public bool NotFoundMessage { get; private set; }

    public void OnGet()
    {
    }

    // POST, so the key never lands in a URL, a log line or the browser history.
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Status = await queries.TrackAsync(Code, Key, ct);
        NotFoundMessage = Status is null;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
