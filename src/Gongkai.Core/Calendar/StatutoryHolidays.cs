using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Gongkai.Core.Calendar;

/// <summary>A day off fixed by 《全国年节及纪念日放假办法》 itself, before any yearly notice moves days around.</summary>
public sealed record StatutoryDay(DateOnly Date, string Name);

/// <summary>The texts of 《全国年节及纪念日放假办法》 that Gongkai carries, by the decree that made each.</summary>
public enum HolidayMeasures
{
    /// <summary>国务院令第513号 (2007-12-14), in force 2008-01-01: 春节 is 除夕、正月初一、初二; 劳动节 is 5月1日.</summary>
    Decree513 = 513,

    /// <summary>国务院令第644号 (2013-12-11), in force 2014-01-01: 春节 is 正月初一、初二、初三 (the eve is worked again).</summary>
    Decree644 = 644,

    /// <summary>国务院令第795号 (2024-11-10), in force 2025-01-01: 春节 is 除夕 to 正月初三 (4 days); 劳动节 is 5月1日、2日.</summary>
    Decree795 = 795,
}

/// <summary>
/// The statutory days off of a year, computed from 《全国年节及纪念日放假办法》第二条 as in force that year. This is what
/// is certain about a year whose State Council notice (国务院办公厅关于…年部分节假日安排的通知) is not yet in the data:
/// the notice never takes a statutory day away, it only adds 补假 (第六条: a statutory day on a Saturday or Sunday is
/// made up on a working day — which one, the notice decides) and 调休 (第七条: weekends moved to bridge a holiday).
/// Those stay unknown, so a deadline counted across such a year is still provisional.
/// </summary>
/// <remarks>
/// Supported years are <see cref="FirstYear"/> (the 2007 text's first year, and the 2008 条例's) to <see cref="LastYear"/>
/// (the end of the 清明 formula's century). Earlier texts (1949, 国务院令第270号 of 1999) are not carried.
/// Lunar dates come from <see cref="ChineseLunisolarCalendar"/>; 清明 from the solar-term formula below. Both were
/// checked against the embedded notices for 2008–2026 (the Core tests do so on every run) and, for 2008–2099, against
/// lunar-javascript 1.7.7's astronomical computation (寿星 algorithm): no differences.
/// </remarks>
public static class StatutoryHolidays
{
    /// <summary>The first year carried: 国务院令第513号 took effect on 2008-01-01.</summary>
    public const int FirstYear = 2008;

    /// <summary>The last year carried: the 清明 formula holds for 2001–2099.</summary>
    public const int LastYear = 2099;

    private static readonly ConcurrentDictionary<int, (IReadOnlyList<StatutoryDay> Days, FrozenSet<DateOnly> Dates)> Cache = new();

    public static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>The text of the 放假办法 in force on 1 January of <paramref name="year"/> (each revision took effect on a 1 January).</summary>
    public static HolidayMeasures MeasuresInForce(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        return year switch
        {
            < 2014 => HolidayMeasures.Decree513,
            < 2025 => HolidayMeasures.Decree644,
            _ => HolidayMeasures.Decree795,
        };
    }

    /// <summary>How the decree is cited in Chinese text, e.g. "国务院令第795号".</summary>
    public static string Citation(HolidayMeasures measures) => $"国务院令第{(int)measures}号";

    /// <summary>
    /// The statutory days off of <paramref name="year"/>, by date. A day that carries two festivals (中秋 on 1–3 October,
    /// as in 2020) is one entry named "中秋节、国庆节": the statute gives no extra day for it.
    /// </summary>
    public static IReadOnlyList<StatutoryDay> ForYear(int year) => Get(year).Days;

    /// <summary>True when <paramref name="date"/> is a statutory day off; false outside the years carried.</summary>
    public static bool IsHoliday(DateOnly date) => Covers(date.Year) && Get(date.Year).Dates.Contains(date);

    /// <summary>
    /// The day of the 清明 solar term, Beijing time: the well-known formula floor(Y·0.2422 + C) − floor(Y/4), Y = year mod
    /// 100, with the 21st century's C = 4.81. Computed in integers so no floating-point rounding can move a day.
    /// </summary>
    public static DateOnly Qingming(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2001);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2099);
        var y = year % 100;
        return new DateOnly(year, 4, (2422 * y + 48100) / 10000 - y / 4);
    }

    private static (IReadOnlyList<StatutoryDay> Days, FrozenSet<DateOnly> Dates) Get(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        return Cache.GetOrAdd(year, static y =>
        {
            var days = Compute(y);
            return (days, days.Select(d => d.Date).ToFrozenSet());
        });
    }

    private static List<StatutoryDay> Compute(int year)
    {
        var measures = MeasuresInForce(year);
        var lunar = new ChineseLunisolarCalendar();
        var newYear = Lunar(lunar, year, 1, 1);
        var days = new List<StatutoryDay>();

        // 第二条（一）元旦，放假1天（1月1日）.
        days.Add(new(new DateOnly(year, 1, 1), "元旦"));

        // 第二条（二）春节. 除夕 is the day before 正月初一, however long the twelfth month is.
        var springOffsets = measures switch
        {
            HolidayMeasures.Decree513 => new[] { -1, 0, 1 },   // 农历除夕、正月初一、初二
            HolidayMeasures.Decree644 => [0, 1, 2],            // 农历正月初一、初二、初三
            _ => [-1, 0, 1, 2],                                // 农历除夕、正月初一至初三
        };
        days.AddRange(springOffsets.Select(o => new StatutoryDay(newYear.AddDays(o), "春节")));

        // 第二条（三）清明节，放假1天（农历清明当日）: the day of the solar term.
        days.Add(new(Qingming(year), "清明节"));

        // 第二条（四）劳动节: 5月1日 (2007 and 2013 texts); 5月1日、2日 (2024 text).
        days.Add(new(new DateOnly(year, 5, 1), "劳动节"));
        if (measures == HolidayMeasures.Decree795)
        {
            days.Add(new(new DateOnly(year, 5, 2), "劳动节"));
        }

        // 第二条（五）端午节（农历五月初五）and（六）中秋节（农历八月十五）. In a year with a leap fifth or eighth month
        // the festival is in the ordinary month, which comes first.
        days.Add(new(Lunar(lunar, year, 5, 5), "端午节"));
        days.Add(new(Lunar(lunar, year, 8, 15), "中秋节"));

        // 第二条（七）国庆节，放假3天（10月1日、2日、3日）.
        days.AddRange(Enumerable.Range(1, 3).Select(d => new StatutoryDay(new DateOnly(year, 10, d), "国庆节")));

        return days
            .GroupBy(d => d.Date)
            .Select(g => new StatutoryDay(g.Key, string.Join("、", g.Select(d => d.Name).Distinct())))
            .OrderBy(d => d.Date)
            .ToList();
    }

    /// <summary>
    /// A date of lunar year <paramref name="year"/> (the one whose 正月初一 falls in Gregorian <paramref name="year"/>).
    /// <see cref="ChineseLunisolarCalendar"/> numbers the months of a leap year 1–13, the leap month taking the index
    /// after its namesake (GetLeapMonth = 6 means 闰五月), so every ordinary month from the leap index on moves up one.
    /// </summary>
    private static DateOnly Lunar(ChineseLunisolarCalendar lunar, int year, int month, int day)
    {
        var leap = lunar.GetLeapMonth(year);
        var index = leap != 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }
}
