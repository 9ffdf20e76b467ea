using Gongkai.Web.Features.Agencies;

namespace Gongkai.Web.Features.Portal.Pages;

public sealed class IndexModel(AgencyQueries agencies) : PageModel
{
    public IReadOnlyList<AgencyDto> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Agencies = await agencies.ListAsync(ct);
}
