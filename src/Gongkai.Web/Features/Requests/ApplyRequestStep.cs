namespace Gongkai.Web.Features.Requests;

/// <summary>
/// One step of a request (受理, 补正, 征求意见, 延期, 收费, 答复, 送达, 办结, 撤回, 作废): load, authorize (依申请经办人 of the
/// request's agency), let the aggregate decide, save (audited in the same transaction).
/// </summary>
public sealed class ApplyRequestStep(GongkaiDbContext db, RequestAccess access, StaffContext me, RequestClockService clocks)
{
    public async Task<Outcome<InfoRequest>> ApplyAsync(int id, RequestStep step, CancellationToken ct = default)
    {
        var loaded = await access.ForHandlingAsync(id, withEvents: true, ct);
        if (loaded.Value is not { } request)
        {
            return loaded;
        }

        var refusals = request.Apply(step, (await me.GetAsync(ct))!.UserName, await clocks.ContextAsync(ct));
        if (refusals.Count > 0)
        {
            return Outcome<InfoRequest>.Fail(refusals);
        }

        await db.SaveChangesAsync(ct);
        return Outcome<InfoRequest>.Ok(request);
    }
}
