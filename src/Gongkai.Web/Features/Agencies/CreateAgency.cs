namespace Gongkai.Web.Features.Agencies;

/// <summary>A new agency, or an agency's new name, level and parent (the code is ignored on update: codes never change).</summary>
public sealed record AgencyInput(string? Code, string? Name, AgencyLevel? Level, string? ParentCode);

/// <summary>Adds an agency to the tree (POST /api/agencies): platform admins only; the agency's own rules check code, name, level and parent.</summary>
public sealed class CreateAgencyHandler(GongkaiDbContext db, AgencyScope scope, AgencyQueries agencies, TimeProvider clock)
{
    public async Task<Outcome<Agency>> HandleAsync(AgencyInput input, CancellationToken ct)
    {
        if (!await scope.IsPlatformAdminAsync(ct))
        {
            return Outcome<Agency>.Denied;
        }

        var code = input.Code?.Trim();
        var taken = !string.IsNullOrEmpty(code) && await db.Agencies.AnyAsync(a => a.Code == code, ct);
        var placement = await agencies.PlacementAsync(input.Name, input.Level, input.ParentCode, ct);
        var registered = Agency.Register(input.Code, placement, taken, clock.GetUtcNow());
        if (registered.Agency is not { } agency)
        {
            return Outcome<Agency>.Fail(Validation.Of(registered.Refusals));
        }

        db.Agencies.Add(agency);
        await db.SaveChangesAsync(ct);
        await Catalog.SeedStandardColumns.RunAsync(db, agency.Id, ct);
        return Outcome<Agency>.Ok(agency);
    }
}
