using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;
using Gongkai.Web.Features.Calendar;

namespace Gongkai.Web.Features.Requests;

/// <summary>Computes a request's deadline with the calendar in force (embedded data plus admins' corrections).</summary>
public sealed class RequestClockService(CalendarProvider calendars)
{
    public async Task<RequestDeadline> ComputeAsync(InfoRequest request, CancellationToken ct = default)
    {
        return Compute(await calendars.GetAsync(ct), request);
    }

    public static RequestDeadline Compute(WorkingDayCalendar calendar, InfoRequest request) =>
        RequestClock.Compute(calendar, request.ReceivedOn,
            request.Events.OrderBy(e => e.On).ThenBy(e => e.Id == 0 ? long.MaxValue : e.Id).Select(e => (e.Action, e.On, e.Number)));
}
