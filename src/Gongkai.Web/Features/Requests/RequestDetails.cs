using static Gongkai.Web.Features.Requests.RequestEndpoints;

namespace Gongkai.Web.Features.Requests;

/// <summary>The staff view of one request: every field, the timeline, the clock's explanation and the handler's hints.</summary>
public sealed class RequestDetails(GongkaiDbContext db, AgencyScope scope, RequestClockService clocks, RequestQueries queries)
{
    public async Task<InfoRequest?> LoadEntityAsync(int id, CancellationToken ct)
    {
        var r = await db.Requests.AsNoTracking().Include(x => x.Events).Include(x => x.Attachments)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        return r is not null && await scope.CanAsync(r.AgencyId, AgencyAccess.ReadRequests, ct) ? r : null;
    }

    public async Task<RequestDto?> LoadAsync(int id, CancellationToken ct)
    {
        var r = await LoadEntityAsync(id, ct);
        if (r is null)
        {
            return null;
        }

        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == r.AgencyId).Select(a => new { a.Name, a.Code }).SingleAsync(ct);
        var deadline = await clocks.ComputeAsync(r, ct);
        var canHandle = await scope.CanAsync(r.AgencyId, AgencyAccess.HandleRequests, ct);
        return new RequestDto(
            r.Id, r.TrackingCode, agency.Name, agency.Code, r.Channel.Label(), Iso(r.ReceivedOn), r.Status.ToString(), r.Status.Label(),
            r.Outcome?.ToString(), r.Outcome?.Label(), r.DueOn is { } d ? Iso(d) : null, r.DueVerified, Lateness(r, (await clocks.ContextAsync(ct)).Today), r.ApplicantType.Label(), r.ApplicantName,
            r.IdDocumentType, r.IdDocumentNumber, r.OrganizationCode, r.ContactPerson, r.Phone, r.Email, r.Address, r.Subject, r.Description,
            r.Purpose, r.Delivery.Label(), r.LegalBasis, r.AnswerText, r.RedirectedTo, r.DeliveryProof, r.FeeAmount,
            canHandle ? RequestLifecycle.AllowedFrom(r.Status).Select(a => a.ToString()).ToList() : [],
            r.Events.OrderBy(e => e.On).ThenBy(e => e.Id).Select(e => new EventDto(e.Id, e.Action.ToString(), e.Action.Label(), Iso(e.On), e.Actor, e.Note, e.Number)).ToList(),
            deadline.Steps.Select(s => new ClockStepDto(Iso(s.On), s.Text)).ToList(),
            r.Attachments.OrderBy(a => a.Id).Select(ToDto).ToList(),
            await queries.HintsAsync(r, ct));
    }

    /// <summary>The one lateness wording every staff screen uses: overdue while open, 逾期答复 once decided late.</summary>
    public static string? Lateness(InfoRequest r, DateOnly today) =>
        r.DecidedLate ? $"逾期答复：答复期限为{RequestClock.Day(r.DueOn!.Value)}，{RequestClock.Day(r.AnsweredOn!.Value)}才作出决定。"
        : r.IsOverdueOn(today) ? $"已逾期：答复期限为{RequestClock.Day(r.DueOn!.Value)}，请尽快答复；逾期后不能再延期或告知补正。"
        : null;

    public static AttachmentDto ToDto(RequestAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Length, a.Sha256);
}
