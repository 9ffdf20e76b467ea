namespace Gongkai.Web.Features.Agencies;

/// <summary>Renames, re-levels or moves an agency (PUT /api/agencies/{code}): platform admins only; the agency refuses a cycle.</summary>
public sealed class UpdateAgencyHandler(GongkaiDbContext db, AgencyScope scope, AgencyQueries agencies)
{
    public async Task<Outcome<Agency>> HandleAsync(string code, AgencyInput input, CancellationToken ct)
    {
        if (!await scope.IsPlatformAdminAsync(ct))
        {
            return Outcome<Agency>.Denied;
        }

        if (await agencies.FindAsync(code, ct) is not { } agency)
        {
            return Outcome<Agency>.Missing;
        }

        var placement = await agencies.PlacementAsync(input.Name, input.Level, input.ParentCode, ct);
        // The whole tree only when there is a parent whose ancestry could loop back.
        IReadOnlyList<(int Id, int? ParentId)> tree = placement.Parent is null
            ? []
            : (await db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToListAsync(ct)).Select(e => (e.Id, e.ParentId)).ToList();
        var refusals = agency.Revise(placement, tree);
        if (refusals.Count > 0)
        {
            return Outcome<Agency>.Fail(Validation.Of(refusals));
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Agency>.Ok(agency);
    }
}
