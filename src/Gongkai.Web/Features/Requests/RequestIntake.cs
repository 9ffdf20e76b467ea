using System.Security.Cryptography;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Web.Features.Accounts;
using Gongkai.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Requests;

public sealed record IntakeReceipt(int Id, string TrackingCode, string QueryKey, DateOnly ReceivedOn, DateOnly? DueOn, bool DueVerified);

/// <summary>
/// Registers a request: online by the applicant, or by a handler for the other channels (条例第二十九条、第三十一条).
/// The receipt (tracking code + query key) is returned only after the row and its first event are committed:
/// acknowledged means stored.
/// </summary>
public sealed class RequestIntake(GongkaiDbContext db, RequestClockService clocks, TimeProvider clock)
{
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public async Task<Outcome<IntakeReceipt>> SubmitAsync(int agencyId, RequestInput input, RequestChannel channel, DateOnly? receivedOn, string actor, CancellationToken ct = default)
    {
        var v = input.Validate();
        var today = Gongkai.Core.Calendar.ChinaTime.Today(clock);
        var received = receivedOn ?? today;
        if (channel != RequestChannel.Online)
        {
            if (receivedOn is null)
            {
                v.Add("ReceivedOn", $"请填写收到申请之日（{channel.ReceiptRule()}）。");
            }
            else if (receivedOn > today)
            {
                v.Add("ReceivedOn", "收到申请之日不能晚于今天。");
            }
            else if (receivedOn < today.AddYears(-1))
            {
                v.Add("ReceivedOn", "收到申请之日不能早于一年前；更早的申请请通过历史数据导入。");
            }
        }

        if (!v.IsValid)
        {
            return Outcome<IntakeReceipt>.Fail(v);
        }

        var key = RandomString(10);
        var request = new InfoRequest
        {
            AgencyId = agencyId,
            TrackingCode = await NewTrackingCodeAsync(ct),
            QueryKeyHash = ApiTokenService.Hash(key),
            Channel = channel,
            ReceivedOn = received,
            SubmittedAt = clock.GetUtcNow(),
            ApplicantType = input.ApplicantType!.Value,
            ApplicantName = RequestInput.Clean(input.ApplicantName)!,
            IdDocumentType = RequestInput.Clean(input.IdDocumentType),
            IdDocumentNumber = RequestInput.Clean(input.IdDocumentNumber)?.ToUpperInvariant(),
            OrganizationCode = RequestInput.Clean(input.OrganizationCode)?.ToUpperInvariant(),
            ContactPerson = RequestInput.Clean(input.ContactPerson),
            Phone = RequestInput.Clean(input.Phone),
            Email = RequestInput.Clean(input.Email),
            Address = RequestInput.Clean(input.Address),
            Subject = RequestInput.Clean(input.Subject)!,
            Description = RequestInput.Clean(input.Description)!,
            Purpose = RequestInput.Clean(input.Purpose),
            Delivery = input.Delivery!.Value,
            Status = RequestStatus.Received,
        };
        request.ApplicantKey = ApplicantKey(request);
        request.Events.Add(new RequestEvent
        {
            Action = RequestAction.Submit,
            On = received,
            RecordedAt = clock.GetUtcNow(),
            Actor = actor,
            Note = channel.Label() + "；" + channel.ReceiptRule(),
        });
        var deadline = await clocks.ComputeAsync(request, ct);
        request.DueOn = deadline.DueOn;
        request.DueVerified = deadline.Verified;
        db.Requests.Add(request);
        db.PendingAction = "收到申请";
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
