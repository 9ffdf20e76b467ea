using System.Security.Cryptography;
using Gongkai.Web.Features.Accounts;

namespace Gongkai.Web.Features.Requests;

public sealed record IntakeReceipt(int Id, string TrackingCode, string QueryKey, DateOnly ReceivedOn, DateOnly? DueOn, bool DueVerified);

/// <summary>
/// Registers a request: online by the applicant, or by a handler for the other channels (条例第二十九条、第三十一条).
/// The receipt (tracking code + query key) is returned only after the row and its first event are committed:
/// acknowledged means stored.
/// </summary>
public sealed class RequestIntake(GongkaiDbContext db, RequestClockService clocks)
{
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public async Task<Outcome<IntakeReceipt>> SubmitAsync(int agencyId, RequestInput input, RequestChannel channel, DateOnly? receivedOn, string actor, CancellationToken ct = default)
    {
        var v = input.Validate();
        var context = await clocks.ContextAsync(ct);
        var received = receivedOn ?? context.Today;
        if (channel != RequestChannel.Online && receivedOn is null)
        {
            v.Add("ReceivedOn", $"请填写收到申请之日（{channel.ReceiptRule()}）。");
        }
        else if (InfoRequest.CheckReceipt(received, context.Today) is { } future)
        {
            v.Add(future.Field, future.Message);
        }
        else if (received < context.Today.AddYears(-1))
        {
            v.Add("ReceivedOn", "收到申请之日不能早于一年前；更早的申请请通过历史数据导入。");
        }

        if (!v.IsValid)
        {
            return Outcome<IntakeReceipt>.Fail(v);
        }

        var key = RandomString(10);
        var request = InfoRequest.Create(agencyId, await NewTrackingCodeAsync(ct), ApiTokenService.Hash(key), context.Now, input.ToFields(channel, received));
        request.ApplicantKey = ApplicantKey(request);
        var refused = request.Open(actor, channel.Label() + "；" + channel.ReceiptRule(), context);
        if (refused.Count > 0)
        {
            return Outcome<IntakeReceipt>.Fail(refused);
        }

        db.Requests.Add(request);
        await db.SaveChangesAsync(ct);
        return Outcome<IntakeReceipt>.Ok(new IntakeReceipt(request.Id, request.TrackingCode, key, request.ReceivedOn, request.DueOn, request.DueVerified));
    }

    /// <summary>
    /// Who the applicant is for repeat detection and monthly counts (第三十五条, fees per applicant per month): the ID
    /// number, else the credit code, else name + contact. Hashed so the key itself reveals nothing.
    /// </summary>
    public static string ApplicantKey(InfoRequest r) => ApiTokenService.Hash(
        r.IdDocumentNumber is { Length: > 0 } id ? "id:" + id.ToUpperInvariant()
        : r.OrganizationCode is { Length: > 0 } org ? "org:" + org.ToUpperInvariant()
        : "name:" + r.ApplicantName + "|" + (r.Phone ?? r.Email ?? r.Address));

    private async Task<string> NewTrackingCodeAsync(CancellationToken ct)
    {
        while (true)
        {
            var code = RandomString(4) + "-" + RandomString(4) + "-" + RandomString(4);
            if (!await db.Requests.AnyAsync(r => r.TrackingCode == code, ct))
            {
                return code;
            }
        }
    }

    private static string RandomString(int length) =>
        string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
            }
        });
}
