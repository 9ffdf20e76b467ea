namespace Gongkai.Core.Calendar;

/// <summary>
/// The dates a user may ask about: government information of the People's Republic, 1949 to 2100. Outside them a date
/// is a typing mistake or a probe, and it would overflow the UTC+8 conversions at the ends of the calendar.
/// </summary>
public static class DateBounds
{
    public static readonly DateOnly First = new(1949, 1, 1);

    public static readonly DateOnly Last = new(2100, 12, 31);

    /// <summary>A Chinese field message when <paramref name="date"/> is outside 1949–2100, else null.</summary>
    public static string? Problem(DateOnly date, string label) =>
        date < First || date > Last ? $"{label}应在1949年1月1日至2100年12月31日之间。" : null;
}
