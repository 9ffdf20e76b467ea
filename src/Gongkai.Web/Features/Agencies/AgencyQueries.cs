namespace Gongkai.Web.Features.Agencies;

/// <summary>An agency as the API lists it.</summary>
/// <param name="Level">The level's enum name (e.g. Township).</param>
/// <param name="LevelName">The level in Chinese (乡镇).</param>
public sealed record AgencyDto(string Code, string Name, string Level, string LevelName, string? ParentCode)
{
    public static AgencyDto Of(Agency a, string? parentCode) => new(a.Code, a.Name, a.Level.ToString(), a.Level.Display(), parentCode);
}

/// <summary>Reading the agency tree: public (every agency's code, name, level and parent is public information).</summary>
public sealed class AgencyQueries(GongkaiDbContext db)
{
    /// <summary>Every agency, by level then creation.</summary>
    public async Task<List<AgencyDto>> ListAsync(CancellationToken ct = default)
    {
        var rows = await db.Agencies.AsNoTracking().OrderBy(a => a.Level).ThenBy(a => a.Id)
            .Select(a => new { Agency = a, ParentCode = a.Parent != null ? a.Parent.Code : null })
            .ToListAsync(ct);
        return rows.Select(r => AgencyDto.Of(r.Agency, r.ParentCode)).ToList();
    }

    /// <summary>The agency with <paramref name="code"/> (tracked, so a use case can change it), or null.</summary>
    public Task<Agency?> FindAsync(string code, CancellationToken ct = default) =>
        db.Agencies.FirstOrDefaultAsync(a => a.Code == code, ct);

    /// <summary>The agency a form or request names as parent: null for none (blank) or for a code that does not exist;
    /// the agency's own rules refuse the latter.</summary>
    public async Task<AgencyPlacement> PlacementAsync(string? name, AgencyLevel? level, string? parentCode, CancellationToken ct) =>
        new(name, level, parentCode, string.IsNullOrWhiteSpace(parentCode) ? null : await FindAsync(parentCode.Trim(), ct));
}
