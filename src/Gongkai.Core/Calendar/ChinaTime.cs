namespace Gongkai.Core.Calendar;

/// <summary>
/// Beijing time (UTC+8, no daylight saving): the day a deadline, a report year or a publication date falls on.
/// Instants are stored in UTC; every "which day is it" question goes through here.
/// </summary>
// The one place allowed to convert to and from UTC+8 (BannedSymbols.txt bans the conversions everywhere else).
#pragma warning disable RS0030
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The calendar day in China of <paramref name="at"/>.</summary>
    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(Local(at).DateTime);

    /// <summary>The instant as Beijing wall-clock time (for display and for "which year / month" questions).</summary>
    public static DateTimeOffset Local(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>A Beijing wall-clock time (a form's date-time field, a demo's office hours) as an instant.</summary>
    public static DateTimeOffset FromLocal(DateTime local) => new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Offset);

    /// <summary><paramref name="time"/> on <paramref name="day"/> in Beijing.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => FromLocal(day.ToDateTime(time));

    /// <summary>The Beijing date as yyyy-MM-dd (metadata, feeds, provenance lines).</summary>
    public static string IsoDate(DateTimeOffset at) => Day(at).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Today in China.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Day(clock.GetUtcNow());
    }
}
#pragma warning restore RS0030
