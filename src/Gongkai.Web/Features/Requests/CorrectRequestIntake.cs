namespace Gongkai.Web.Features.Requests;

/// <summary>What a handler sends to correct a registration mistake: the intake fields as they should have been, and why.</summary>
public sealed record IntakeCorrection(RequestChannel? Channel, DateOnly? ReceivedOn, RequestInput? Applicant, string? Reason);

/// <summary>
/// Corrects a wrongly registered request's intake fields (never deletes it): validated like a new registration, then the
/// aggregate decides (open requests only; the receipt date only before any step). The audit log keeps before and after.
/// </summary>
public sealed class CorrectRequestIntake(GongkaiDbContext db, RequestAccess access, StaffContext me, RequestClockService clocks)
{
    public async Task<Outcome<InfoRequest>> CorrectAsync(int id, IntakeCorrection input, CancellationToken ct = default)
    {
        var loaded = await access.ForHandlingAsync(id, withEvents: true, ct);
        if (loaded.Value is not { } request)
        {
            return loaded;
        }

        var v = input.Applicant?.Validate() ?? new Validation().Add("Applicant", "请填写更正后的申请人和所需信息。");
        if (input.Channel is { } c && !Enum.IsDefined(c))
        {
            v.Add("Channel", "请选择申请渠道（当面、信函、传真、网络、电子邮件）。");
        }

        if (!v.IsValid)
        {
            return Outcome<InfoRequest>.Fail(v);
        }

        var fields = input.Applicant!.ToFields(input.Channel ?? request.Channel, input.ReceivedOn ?? request.ReceivedOn);
        var refusals = request.CorrectIntake(fields, input.Reason ?? "", (await me.GetAsync(ct))!.UserName, await clocks.ContextAsync(ct));
        if (refusals.Count > 0)
        {
            return Outcome<InfoRequest>.Fail(refusals);
        }

        request.ApplicantKey = RequestIntake.ApplicantKey(request);
        await db.SaveChangesAsync(ct);
        return Outcome<InfoRequest>.Ok(request);
    }
}
