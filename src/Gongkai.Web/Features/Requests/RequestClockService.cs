using Gongkai.Web.Features.Calendar;

namespace Gongkai.Web.Features.Requests;

/// <summary>The calendar in force (embedded data plus admins' corrections) and the current instant, for the request aggregate.</summary>
public sealed class RequestClockService(CalendarProvider calendars, TimeProvider clock)
{
    public async Task<StepContext> ContextAsync(CancellationToken ct = default) => new(await calendars.GetAsync(ct), clock.GetUtcNow());

    public async Task<RequestDeadline> ComputeAsync(InfoRequest request, CancellationToken ct = default) =>
        request.Deadline(await calendars.GetAsync(ct));
}
