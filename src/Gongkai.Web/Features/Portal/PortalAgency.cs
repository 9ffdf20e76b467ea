using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Gongkai.Web.Features.Portal;

public static class PortalAgency
{
    /// <summary>Loads the agency a portal page belongs to and sets the layout's header and footer.</summary>
    public static async Task<Agency?> LoadAsync(GongkaiDbContext db, string code, ViewDataDictionary viewData, CancellationToken ct)
    {
        var a = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(x => x.Code == code, ct);
        if (a is not null)
        {
            viewData["AgencyName"] = a.Name;
            viewData["AgencyCode"] = a.Code;
            viewData["AgencyFooter"] = string.Join(" · ", new[] { a.Name, a.Address, a.Phone is null ? null : "电话 " + a.Phone }.Where(x => x is not null));
        }

        return a;
    }
}
