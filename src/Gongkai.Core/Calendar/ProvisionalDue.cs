namespace Gongkai.Core.Calendar;

/// <summary>
/// Plain words for a due date that is not yet certain (<see cref="DueDate.Verified"/> false): it was counted across a
/// year whose State Council notice is not in the data. Citizens and staff see the same sentence on the receipt, the
/// tracking page and the request page, naming the year(s) concerned.
/// </summary>
public static class ProvisionalDue
{
    /// <summary>
    /// E.g. "2027年节假日安排尚未公布，截止日期暂按法定节假日推算，公布后可能提前或顺延。" Both directions are possible: a notice
    /// adds bridging days off (later) and make-up working weekends (earlier), and either may fall inside the count.
    /// </summary>
    public static string Note(IEnumerable<int> years)
    {
        var list = years.Distinct().Order().ToList();
        var which = list.Count == 0 ? "部分年份" : string.Join("、", list.Select(y => $"{y}年"));
        return $"{which}节假日安排尚未公布，截止日期暂按法定节假日推算，公布后可能提前或顺延。";
    }

    /// <summary>The sentence for a count from the day after <paramref name="startExclusive"/> to <paramref name="due"/>.</summary>
    public static string Note(WorkingDayCalendar calendar, DateOnly startExclusive, DateOnly due)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Note(calendar.YearsWithoutData(startExclusive, due));
    }

    /// <summary>The sentence when <paramref name="due"/> is provisional, else null.</summary>
    public static string? For(WorkingDayCalendar calendar, DateOnly startExclusive, DueDate due) =>
        due.Verified ? null : Note(calendar, startExclusive, due.Date);
}
