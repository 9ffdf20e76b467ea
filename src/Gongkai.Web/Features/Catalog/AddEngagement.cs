using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Web.Shared;

namespace Gongkai.Web.Features.Catalog;

/// <summary>One 回应解读 or 建议提案 record as the editor sends it.</summary>
public sealed record EngagementInput(EngagementKind? Kind, DateOnly? On, string? Title, string? Link, bool PrincipalAttended);

/// <summary>
/// Records a 回应关切 / 新闻发布会 / 在线访谈 / 解读稿件 / 微博微信回应 / 建议提案复文 (editor or agency admin): the
/// annual report counts them.
/// </summary>
public sealed class AddEngagementHandler(GongkaiDbContext db, StaffContext me, TimeProvider clock)
{
    public async Task<Outcome<EngagementRecord>> HandleAsync(int agencyId, EngagementInput input, CancellationToken ct)
    {
        if (!await me.CanReadAsync(agencyId, ct))
        {
            return Outcome<EngagementRecord>.Missing;
        }

        if (!await me.HasRoleAsync(agencyId, StaffRole.Editor, ct) && !await me.HasRoleAsync(agencyId, StaffRole.AgencyAdmin, ct))
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
        db.PendingAction = "记录回应解读";
        await db.SaveChangesAsync(ct);
        return Outcome<EngagementRecord>.Ok(row);
    }
}
