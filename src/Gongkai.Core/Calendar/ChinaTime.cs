namespace Gongkai.Core.Calendar;

/// <summary>
/// Beijing time (UTC+8, no daylight saving): the day a deadline, a report year or a publication date falls on.
/// Instants are stored in UTC; every "which day is it" question goes through here.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The calendar day in China of <paramref name="at"/>.</summary>
    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>Today in China.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Day(clock.GetUtcNow());
    }
}
