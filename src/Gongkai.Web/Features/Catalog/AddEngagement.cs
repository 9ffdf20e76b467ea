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

        var v = new Validation().Text("Title", "标题或事由", input.Title, 200).Text("Link", "链接", input.Link, 500, required: false);
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            v.Add("Kind", "请选择类型。");
        }

        var today = ChinaTime.Today(clock);
        if (input.On is null || input.On > today || input.On < new DateOnly(2008, 1, 1))
        {
            v.Add("On", "请填写日期（不晚于今天）。");
        }

        if (input.PrincipalAttended && input.Kind != EngagementKind.PressConference)
        {
            v.Add("PrincipalAttended", "只有新闻发布会需要记录主要负责同志是否出席。");
        }

        if (!v.IsValid)
        {
            return Outcome<EngagementRecord>.Fail(v);
        }

        var s = (await me.GetAsync(ct))!;
        var row = new EngagementRecord
        {
            AgencyId = agencyId, Kind = input.Kind!.Value, On = input.On!.Value, Title = RequestInput.Clean(input.Title)!,
            Link = RequestInput.Clean(input.Link), PrincipalAttended = input.PrincipalAttended, RecordedBy = s.UserName,
        };
        db.EngagementRecords.Add(row);
        await db.SaveChangesAsync(ct);
        return Outcome<EngagementRecord>.Ok(row);
    }
}
