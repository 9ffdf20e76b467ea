using Gongkai.Web.Features.Accounts;
using Gongkai.Web.Features.Calendar;

namespace Gongkai.Web.Features.Requests;

public enum Urgency
{
    Normal = 0,
    DueSoon = 1,
    Overdue = 2,
    Paused = 3,
    Done = 4,
}

public sealed record QueueRow(int Id, string TrackingCode, string Subject, string ApplicantType, string Channel, DateOnly ReceivedOn,
    string Status, DateOnly? DueOn, bool DueVerified, Urgency Urgency, string? Outcome);

public sealed record SimilarRequest(int Id, string TrackingCode, string Subject, DateOnly ReceivedOn, bool SameApplicant, double Score);

/// <summary>What a handler learns about a request's applicant and its subject from the rest of the deployment.</summary>
public sealed record HandlerHints(
    IReadOnlyList<SimilarRequest> Similar,
    int ApplicantRequestsThisMonth,
    decimal PerRequestFee,
    bool SuggestProactiveDisclosure);

public sealed record PublicStep(string Date, string Step);

/// <summary><see cref="DueNote"/>: when the due date is provisional, the plain sentence naming the year(s) without a notice.</summary>
public sealed record PublicStatus(string TrackingCode, string Agency, string Subject, string ReceivedOn, string Status, string? DueOn,
    bool DueVerified, string? Outcome, IReadOnlyList<PublicStep> Steps, string? DueNote = null);

public sealed class RequestQueries(GongkaiDbContext db, CalendarProvider calendars, TimeProvider clock)
{
    /// <summary>Requests within this many working days of their due date are highlighted.</summary>
    public const int DueSoonWorkingDays = 3;

    public async Task<IReadOnlyList<QueueRow>> QueueAsync(int agencyId, bool openOnly, CancellationToken ct)
    {
        // A voided registration (作废) is kept for the record but is no one's work.
        var query = db.Requests.AsNoTracking().Where(r => r.AgencyId == agencyId && r.Status != RequestStatus.Voided);
        if (openOnly)
        {
            query = query.Where(r => RequestLifecycle.OpenStatuses.Contains(r.Status));
        }

        var rows = await query.Select(r => new { r.Id, r.TrackingCode, r.Subject, r.ApplicantType, r.Channel, r.ReceivedOn, r.Status, r.DueOn, r.DueVerified, r.Outcome })
            .ToListAsync(ct);
        var calendar = await calendars.GetAsync(ct);
        var today = Gongkai.Core.Calendar.ChinaTime.Today(clock);
        return rows
            .Select(r => new QueueRow(r.Id, r.TrackingCode, r.Subject, r.ApplicantType.Label(), r.Channel.Label(), r.ReceivedOn, r.Status.Label(),
                r.DueOn, r.DueVerified, UrgencyOf(calendar, today, r.Status, r.DueOn), r.Outcome?.Label()))
            // Overdue first, then by due date; paused and finished requests after the running ones.
            .OrderByDescending(r => r.Urgency == Urgency.Overdue)
            .ThenBy(r => r.Urgency is Urgency.Paused or Urgency.Done)
            .ThenBy(r => r.DueOn ?? DateOnly.MaxValue)
            .ThenBy(r => r.Id)
            .ToList();
    }

    /// <summary>A case is overdue from the day after its due date (DESIGN.md §7).</summary>
    public static Urgency UrgencyOf(WorkingDayCalendar calendar, DateOnly today, RequestStatus status, DateOnly? due)
    {
        if (!RequestLifecycle.IsOpen(status))
        {
            return Urgency.Done;
        }

        if (RequestLifecycle.IsPaused(status) || due is null)
        {
            return Urgency.Paused;
        }

        if (today > due)
        {
            return Urgency.Overdue;
        }

        return calendar.WorkingDaysBetween(today, due.Value) <= DueSoonWorkingDays ? Urgency.DueSoon : Urgency.Normal;
    }

    public async Task<HandlerHints> HintsAsync(InfoRequest request, CancellationToken ct)
    {
        // Candidates: the agency's requests of the last two years (a township has dozens a year, not thousands).
        var since = request.ReceivedOn.AddYears(-2);
        var others = await db.Requests.AsNoTracking()
            .Where(r => r.AgencyId == request.AgencyId && r.Id != request.Id && r.ReceivedOn >= since && r.Status != RequestStatus.Voided)
            .Select(r => new { r.Id, r.TrackingCode, r.Subject, r.Description, r.ReceivedOn, r.ApplicantKey })
            .ToListAsync(ct);
        var mine = RequestSimilarity.Shingles(request.Subject + request.Description);
        var similar = others
            .Select(o => new SimilarRequest(o.Id, o.TrackingCode, o.Subject, o.ReceivedOn, o.ApplicantKey == request.ApplicantKey,
                RequestSimilarity.Score(mine, RequestSimilarity.Shingles(o.Subject + o.Description))))
            .Where(s => s.Score >= RequestSimilarity.SameInformation)
            .OrderByDescending(s => s.Score)
            .ToList();

        // Fees are counted per applicant per natural month across the whole deployment (DESIGN.md §7).
        var monthStart = new DateOnly(request.ReceivedOn.Year, request.ReceivedOn.Month, 1);
        var nth = await db.Requests.CountAsync(r => r.ApplicantKey == request.ApplicantKey && r.ReceivedOn >= monthStart && r.Status != RequestStatus.Voided
            && (r.ReceivedOn < request.ReceivedOn || r.ReceivedOn == request.ReceivedOn && r.Id <= request.Id), ct);

        // 第四十四条: information that several different applicants asked for may be moved into proactive disclosure.
        var otherApplicants = others.Where(o => similar.Any(s => s.Id == o.Id) && o.ApplicantKey != request.ApplicantKey)
            .Select(o => o.ApplicantKey).Distinct().Count();
        return new HandlerHints(similar, nth, InformationFees.PerRequest(Math.Max(nth, 1)), otherApplicants >= 2);
    }

    /// <summary>The applicant's view: only with the private query key, and never any personal data.</summary>
    public async Task<PublicStatus?> TrackAsync(string? code, string? key, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(key) || code.Length > 20 || key.Length > 20)
        {
            return null;
        }

        var normalized = code.Trim().ToUpperInvariant();
        var r = await db.Requests.AsNoTracking().Include(x => x.Events).FirstOrDefaultAsync(x => x.TrackingCode == normalized, ct);
        if (r is null || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(r.QueryKeyHash), System.Text.Encoding.ASCII.GetBytes(ApiTokenService.Hash(key.Trim().ToUpperInvariant()))))
        {
            return null;
        }

        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == r.AgencyId).Select(a => a.Name).SingleAsync(ct);
        var steps = r.Events.OrderBy(e => e.On).ThenBy(e => e.Id)
            .Select(e => new PublicStep(RequestClock.Day(e.On), e.Action.Label())).ToList();
        var due = r.DueOn is { } d && RequestLifecycle.IsOpen(r.Status) ? d : (DateOnly?)null;
        var note = due is { } on && !r.DueVerified ? ProvisionalDue.Note(await calendars.GetAsync(ct), r.ReceivedOn, on) : null;
        return new PublicStatus(r.TrackingCode, agency, r.Subject, RequestClock.Day(r.ReceivedOn), r.Status.Label(),
            due is { } day ? RequestClock.Day(day) : null, r.DueVerified, r.Outcome?.Label(), steps, note);
    }
}
