using Gongkai.Core.Calendar;

namespace Gongkai.Testing;

/// <summary>Dates counted in working days, on the embedded holiday data the app itself uses.</summary>
public static class WorkingDays
{
    /// <summary>The working day <paramref name="n"/> working days before <paramref name="day"/> (which itself is not counted).</summary>
    public static DateOnly Before(DateOnly day, int n) => WorkingDayCalendar.Embedded.Before(day, n);
}
