using Gongkai.Web.Features.Requests;

namespace Gongkai.Web.Features.Catalog;

/// <summary>One 回应解读 or 建议提案 record as the editor sends it.</summary>
public sealed record EngagementInput(EngagementKind? Kind, DateOnly? On, string? Title, string? Link, bool PrincipalAttended);

/// <summary>
/// Records a 回应关切 / 新闻发布会 / 在线访谈 / 解读稿件 / 微博微信回应 / 建议提案复文 (editor or agency admin): the
/// annual report counts them.
/// </summary>
public sealed class AddEngagementHandler(GongkaiDbContext db, StaffContext me, AgencyScope scope, TimeProvider clock)
{
    public async Task<Outcome<EngagementRecord>> HandleAsync(int agencyId, EngagementInput input, CancellationToken ct)
    {
        if (!await scope.CanAsync(agencyId, AgencyAccess.Read, ct))
        {
            return Outcome<EngagementRecord>.Missing;
        }

        if (!await scope.CanAsync(agencyId, AgencyAccess.Edit, ct) && !await scope.CanAsync(agencyId, AgencyAccess.Administer, ct))
        {
            return Outcome<EngagementRecord>.Denied;
        }

        var s = (await me.GetAsync(ct))!;
        var entry = new EngagementEntry(input.Kind, input.On, input.Title, input.Link, input.PrincipalAttended);
        var recorded = EngagementRecord.Record(agencyId, entry, s.UserName, ChinaTime.Today(clock));
        if (recorded.Record is not { } row)
        {
            return Outcome<EngagementRecord>.Fail(Validation.Of(recorded.Refusals));
        }

        db.EngagementRecords.Add(row);
        await db.SaveChangesAsync(ct);
        return Outcome<EngagementRecord>.Ok(row);
    }
}
