namespace Gongkai.Core.Calendar;

/// <summary>
/// Chinese working days: Monday–Friday, minus statutory holidays, plus 调休 make-up Saturdays and Sundays, per the
/// State Council's yearly notices. Immutable; a year added or corrected by an admin yields a new calendar.
/// A year without a notice in the data still has the days 《全国年节及纪念日放假办法》 fixes (<see cref="StatutoryHolidays"/>),
/// so those are days off; its 补假 and 调休 are unknown until the notice is entered, so every date computed across such a
/// year is marked unverified (provisional), never silently trusted.
/// </summary>
public sealed class WorkingDayCalendar
{
    private const string ResourceName = "Gongkai.Core.Calendar.Data.holidays.csv";

    private static readonly Lazy<WorkingDayCalendar> EmbeddedCalendar = new(LoadEmbedded);

    private readonly SortedDictionary<int, CalendarYear> years;
    private readonly Dictionary<DateOnly, CalendarDayKind> special;

    private WorkingDayCalendar(SortedDictionary<int, CalendarYear> years)
    {
        this.years = years;
        special = years.Values.SelectMany(y => y.Days).ToDictionary(d => d.Date, d => d.Kind);
        Years = years.Keys.ToList();
    }

    /// <summary>The State Council data shipped with Gongkai (Data/holidays.csv; sources in Data/SOURCE.md).</summary>
    public static WorkingDayCalendar Embedded => EmbeddedCalendar.Value;

    /// <summary>Years that have holiday data, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    public static WorkingDayCalendar FromYears(IEnumerable<CalendarYear> data) =>
        new(new SortedDictionary<int, CalendarYear>(data.ToDictionary(y => y.Year)));

    public bool HasYear(int year) => years.ContainsKey(year);

    public CalendarYear? GetYear(int year) => years.GetValueOrDefault(year);

    /// <summary>A copy with <paramref name="year"/> added or replacing the year of the same number.</summary>
    public WorkingDayCalendar WithYear(CalendarYear year) =>
        new(new SortedDictionary<int, CalendarYear>(years) { [year.Year] = year });

    /// <summary>
    /// A year with data: exactly what its notice says. A year without: Monday–Friday minus the statutory days of the
    /// 放假办法 text in force that year (outside <see cref="StatutoryHolidays.FirstYear"/>–<see cref="StatutoryHolidays.LastYear"/>,
    /// weekends only).
    /// </summary>
    public bool IsWorkingDay(DateOnly d)
    {
        if (special.TryGetValue(d, out var kind))
        {
            return kind == CalendarDayKind.MakeupWorkday;
        }

        if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        // A notice always includes the statutory days, so they only need computing where the notice is missing.
        return years.ContainsKey(d.Year) || !StatutoryHolidays.IsHoliday(d);
    }

    /// <summary>The working day <paramref name="workingDays"/> working days before <paramref name="day"/> (which itself is not counted).</summary>
    public DateOnly Before(DateOnly day, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var d = day;
        for (var counted = 0; counted < workingDays;)
        {
            d = d.AddDays(-1);
            if (IsWorkingDay(d))
            {
                counted++;
            }
        }

        return d;
    }

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/>: the start day itself is not
    /// counted (条例第三十三条 counts from receipt; 民法典第二百零一条: the first day is not counted).
    /// </summary>
    public DueDate Due(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var d = start;
        var verified = true;
        for (var counted = 0; counted < workingDays;)
        {
            d = d.AddDays(1);
            verified &= years.ContainsKey(d.Year);
            if (IsWorkingDay(d))
            {
                counted++;
            }
        }

        return new DueDate(d, verified);
    }

    /// <summary>Working days d with <paramref name="startExclusive"/> &lt; d ≤ <paramref name="endInclusive"/>.</summary>
    public int WorkingDaysBetween(DateOnly startExclusive, DateOnly endInclusive)
    {
        var n = 0;
        for (var d = startExclusive.AddDays(1); d <= endInclusive; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>True when every year from the day after <paramref name="startExclusive"/> to <paramref name="endInclusive"/> has data.</summary>
    public bool Covers(DateOnly startExclusive, DateOnly endInclusive) => YearsWithoutData(startExclusive, endInclusive).Count == 0;

    /// <summary>
    /// The years from the day after <paramref name="startExclusive"/> to <paramref name="endInclusive"/> that have no
    /// notice in the data, ascending: the years a provisional due date depends on.
    /// </summary>
    public IReadOnlyList<int> YearsWithoutData(DateOnly startExclusive, DateOnly endInclusive)
    {
        var missing = new List<int>();
        for (var y = startExclusive.AddDays(1).Year; y <= endInclusive.Year; y++)
        {
            if (!years.ContainsKey(y))
            {
                missing.Add(y);
            }
        }

        return missing;
    }

    private static WorkingDayCalendar LoadEmbedded()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var parsed = HolidayFile.Parse(reader.ReadToEnd());
        if (parsed.Errors.Count > 0)
        {
            throw new InvalidOperationException("Embedded holiday data is invalid: " + string.Join("; ", parsed.Errors));
        }

        return FromYears(parsed.Years);
    }
}
