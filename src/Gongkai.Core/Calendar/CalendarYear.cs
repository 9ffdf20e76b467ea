namespace Gongkai.Core.Calendar;

public enum CalendarDayKind
{
    /// <summary>A day off in a statutory holiday period (weekend days inside the period included).</summary>
    Holiday = 1,

    /// <summary>A 调休 make-up working day: a Saturday or Sunday that is worked.</summary>
    MakeupWorkday = 2,
}

public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string Name);

/// <summary>One year of the State Council's holiday arrangement (国务院办公厅关于…年部分节假日安排的通知).</summary>
public sealed record CalendarYear(int Year, IReadOnlyList<CalendarDay> Days);

/// <summary>
/// A computed due date; <see cref="Verified"/> is false when the count crossed a year without holiday data (statutory
/// days counted, 补假 and 调休 unknown: provisional; <see cref="ProvisionalDue"/> says so in words).
/// </summary>
public readonly record struct DueDate(DateOnly Date, bool Verified);
