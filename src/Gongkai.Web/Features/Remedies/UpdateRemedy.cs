using Gongkai.Web.Features.Requests;

namespace Gongkai.Web.Features.Remedies;

/// <summary>Recording a case's result (or correcting its number and body). The kind, filing date and linked request stay.</summary>
public sealed record RemedyUpdate(string? CaseNumber, string? Body, RemedyResult? Result, DateOnly? DecidedOn, string? Summary);

/// <summary>
/// Records a case's result and decision date (PUT /api/remedies/{id}): the agency's 依申请经办人 only; those who may
/// only read are refused, everyone else does not see the case. The case refuses dates that cannot be true.
/// </summary>
public sealed class UpdateRemedyHandler(GongkaiDbContext db, AgencyScope scope, RemedyQueries queries, TimeProvider clock)
{
    public async Task<Outcome<RemedyRow>> HandleAsync(int id, RemedyUpdate input, CancellationToken ct)
    {
        var c = await db.RemedyCases.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !await scope.CanAsync(c.AgencyId, AgencyAccess.ReadRequests, ct))
        {
            return Outcome<RemedyRow>.Missing;
        }

        if (!await scope.CanAsync(c.AgencyId, AgencyAccess.HandleRequests, ct))
        {
            return Outcome<RemedyRow>.Denied;
        }

        var refusals = c.Revise(new RemedyRevision(input.CaseNumber, input.Body, input.Result, input.DecidedOn, input.Summary), Gongkai.Core.Calendar.ChinaTime.Today(clock));
        if (refusals.Count > 0)
        {
            return Outcome<RemedyRow>.Fail(Validation.Of(refusals));
        }

        await db.SaveChangesAsync(ct);
        return Outcome<RemedyRow>.Ok(await queries.RowAsync(c.Id, ct));
    }
}
