using Gongkai.Web.Features.Requests;

namespace Gongkai.Web.Features.Remedies;

/// <summary>A case as the pages and the API show it.</summary>
public sealed record RemedyRow(
    int Id, string AgencyCode, string Agency, RemedyKind Kind, string KindLabel, string? CaseNumber, string? Body, DateOnly FiledOn,
    RemedyResult Result, string ResultLabel, DateOnly? DecidedOn, string? Summary, int? RequestId, string? RequestCode);

/// <summary>
/// Reading the cases table 四 of the annual report counts (and the legacy 举报投诉 row). Who may see them follows the
/// requests they concern: the agency's 依申请经办人, supervisors above it and platform admins.
/// </summary>
public sealed class RemedyQueries(GongkaiDbContext db, AgencyScope scope)
{
    /// <summary>An agency's cases, newest filing first.</summary>
    public async Task<Outcome<IReadOnlyList<RemedyRow>>> ListAsync(string agencyCode, CancellationToken ct)
    {
        var authorized = await scope.AuthorizeAsync(agencyCode, AgencyAccess.ReadRequests, ct);
        if (authorized.Value is not { } agency)
        {
            return authorized.Refused<IReadOnlyList<RemedyRow>>();
        }

        return Outcome<IReadOnlyList<RemedyRow>>.Ok(await RowsAsync(db.RemedyCases.Where(c => c.AgencyId == agency.Id), ct));
    }

    /// <summary>One case, or null when it does not exist or the caller may not read it (the two are not told apart).</summary>
    public async Task<RemedyRow?> GetAsync(int id, CancellationToken ct)
    {
        var agencyId = await AgencyOfAsync(id, ct);
        return agencyId is not null && await scope.CanAsync(agencyId.Value, AgencyAccess.ReadRequests, ct) ? await RowAsync(id, ct) : null;
    }

    /// <summary>Whether the caller may record results for this case (its agency's 依申请经办人).</summary>
    public async Task<bool> CanWriteAsync(int id, CancellationToken ct) =>
        await AgencyOfAsync(id, ct) is { } agencyId && await scope.CanAsync(agencyId, AgencyAccess.HandleRequests, ct);

    /// <summary>The row of a case just written (no access check: the writer was authorized).</summary>
    internal async Task<RemedyRow> RowAsync(int id, CancellationToken ct) => (await RowsAsync(db.RemedyCases.Where(c => c.Id == id), ct)).Single();

    private Task<int?> AgencyOfAsync(int id, CancellationToken ct) =>
        db.RemedyCases.Where(c => c.Id == id).Select(c => (int?)c.AgencyId).FirstOrDefaultAsync(ct);

    private async Task<IReadOnlyList<RemedyRow>> RowsAsync(IQueryable<RemedyCase> cases, CancellationToken ct)
    {
        var rows = await (
                from c in cases.AsNoTracking()
                join a in db.Agencies on c.AgencyId equals a.Id
                join r in db.Requests on c.RequestId equals (int?)r.Id into linked
                from r in linked.DefaultIfEmpty()
                orderby c.FiledOn descending, c.Id descending
                select new { c, AgencyCode = a.Code, Agency = a.Name, RequestCode = r == null ? null : r.TrackingCode })
            .ToListAsync(ct);
        return rows.Select(x => new RemedyRow(
                x.c.Id, x.AgencyCode, x.Agency, x.c.Kind, x.c.Kind.Label(), x.c.CaseNumber, x.c.Body, x.c.FiledOn, x.c.Result, x.c.Result.Label(),
                x.c.DecidedOn, x.c.Summary, x.c.RequestId, x.RequestCode))
            .ToList();
    }
}
