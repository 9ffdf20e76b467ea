namespace Gongkai.Web.Features.Agencies;

/// <summary>The contact details shown in the 公开指南 and the portal footer.</summary>
public sealed record AgencyProfileInput(string? Address, string? Phone, string? OfficeHours);

/// <summary>The contact details as the API returns them.</summary>
public sealed record ProfileDto(string Code, string Name, string? Address, string? Phone, string? OfficeHours)
{
    public static ProfileDto Of(Agency a) => new(a.Code, a.Name, a.Address, a.Phone, a.OfficeHours);
}

/// <summary>Changes an agency's contact details (PUT /api/agencies/{code}/profile): its 机构管理员 only.</summary>
public sealed class UpdateAgencyProfileHandler(GongkaiDbContext db, AgencyScope scope, AgencyQueries agencies)
{
    /// <summary>The agency, when it exists and the user is its 机构管理员 (the load and authorize steps, also for the form).</summary>
    public async Task<Outcome<Agency>> LoadAsync(string code, CancellationToken ct)
    {
        if (await agencies.FindAsync(code, ct) is not { } agency)
        {
            return Outcome<Agency>.Missing;
        }

        return await scope.CanAsync(agency.Id, AgencyAccess.Administer, ct) ? Outcome<Agency>.Ok(agency) : Outcome<Agency>.Denied;
    }

    public async Task<Outcome<Agency>> HandleAsync(string code, AgencyProfileInput input, CancellationToken ct)
    {
        var loaded = await LoadAsync(code, ct);
        if (loaded.Value is not { } agency)
        {
            return loaded;
        }

        var refusals = agency.ReviseContact(input.Address, input.Phone, input.OfficeHours);
        if (refusals.Count > 0)
        {
            return Outcome<Agency>.Fail(Validation.Of(refusals));
        }

        await db.SaveChangesAsync(ct);
        return Outcome<Agency>.Ok(agency);
    }
}
