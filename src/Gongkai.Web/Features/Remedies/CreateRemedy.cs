using Gongkai.Web.Features.Requests;

namespace Gongkai.Web.Features.Remedies;

/// <summary>Registering a 行政复议, 行政诉讼 or 举报投诉 case. Result defaults to 尚未审结.</summary>
public sealed record RemedyInput(
    RemedyKind? Kind, string? CaseNumber, string? Body, DateOnly? FiledOn, string? RequestCode,
    RemedyResult? Result = null, DateOnly? DecidedOn = null, string? Summary = null);

/// <summary>
/// Registers a case (POST /api/agencies/{code}/remedies): the agency's 依申请经办人 only, linked to one of the agency's
/// own requests by its tracking code; the case decides whether its dates and result can be true.
/// </summary>
public sealed class CreateRemedyHandler(GongkaiDbContext db, AgencyScope scope, RemedyQueries queries, TimeProvider clock)
{
    // Tracking codes are short; a longer value is not looked up at all.
    private const int MaxRequestCodeLength = 20;

    public async Task<Outcome<RemedyRow>> HandleAsync(string agencyCode, RemedyInput input, CancellationToken ct)
    {
        var authorized = await scope.AuthorizeAsync(agencyCode, AgencyAccess.HandleRequests, ct);
        if (authorized.Value is not { } agency)
        {
            return authorized.Refused<RemedyRow>();
        }

        var agencyId = agency.Id;

        var v = new Validation();
        RemedyRequestLink? request = null;
        if (!string.IsNullOrWhiteSpace(input.RequestCode))
        {
            var code = input.RequestCode.Trim().ToUpperInvariant();
            // Only this agency's own requests: another agency's tracking code is not even confirmed to exist.
            request = code.Length > MaxRequestCodeLength
                ? null
                : await db.Requests.Where(r => r.TrackingCode == code && r.AgencyId == agencyId)
                    .Select(r => new RemedyRequestLink(r.Id, r.ReceivedOn)).FirstOrDefaultAsync(ct);
            if (request is null)
            {
                v.Add("RequestCode", "找不到本机关的该申请，请核对查询码。");
            }
        }

        var filing = new RemedyFiling(input.Kind, input.CaseNumber, input.Body, input.FiledOn, input.Result, input.DecidedOn, input.Summary);
        var registered = RemedyCase.Register(agencyId, filing, request, Gongkai.Core.Calendar.ChinaTime.Today(clock));
        foreach (var r in registered.Refusals)
        {
            v.Add(r.Field, r.Message);
        }

        if (!v.IsValid || registered.Case is not { } c)
        {
            return Outcome<RemedyRow>.Fail(v);
        }

        db.RemedyCases.Add(c);
        await db.SaveChangesAsync(ct);
        return Outcome<RemedyRow>.Ok(await queries.RowAsync(c.Id, ct));
    }
}
