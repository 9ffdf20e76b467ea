using System.Globalization;
using Gongkai.Core.Calendar;

namespace Gongkai.Core.Tests.Calendar;

/// <summary>
/// The embedded holiday data (Data/holidays.csv) against the State Council's notices. Every expected value below was
/// worked out by hand from the notice text (文号 in the comments), not read from the data file.
/// </summary>
public sealed class HolidayDataTests
{
    private static WorkingDayCalendar Cal => WorkingDayCalendar.Embedded;

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // 春节: the first and last day off, and the first working day after the period.
    [Theory]
    // 2008 国办发明电〔2007〕52号: 2月6日—12日
    [InlineData("2008-02-06", false)]
    [InlineData("2008-02-12", false)]
    [InlineData("2008-02-13", true)]
    // 2009 国办发明电〔2008〕42号: 1月25日至31日; 2月1日(星期日)上班
    [InlineData("2009-01-25", false)]
    [InlineData("2009-01-31", false)]
    [InlineData("2009-02-01", true)]
    // 2010 国办发明电〔2009〕27号: 2月13日至19日; 2月20日(星期六)上班
    [InlineData("2010-02-13", false)]
    [InlineData("2010-02-19", false)]
    [InlineData("2010-02-20", true)]
    // 2011 国办发明电〔2010〕40号: 2月2日至8日
    [InlineData("2011-02-02", false)]
    [InlineData("2011-02-08", false)]
    [InlineData("2011-02-09", true)]
    // 2012 国办发明电〔2011〕45号: 1月22日至28日; 1月29日(星期日)上班
    [InlineData("2012-01-22", false)]
    [InlineData("2012-01-28", false)]
    [InlineData("2012-01-29", true)]
    // 2013 国办发明电〔2012〕33号: 2月9日至15日; 2月16日(星期六)上班
    [InlineData("2013-02-09", false)]
    [InlineData("2013-02-15", false)]
    [InlineData("2013-02-16", true)]
    // 2014 国办发明电〔2013〕28号: 1月31日至2月6日
    [InlineData("2014-01-31", false)]
    [InlineData("2014-02-06", false)]
    [InlineData("2014-02-07", true)]
    // 2015 国办发明电〔2014〕28号: 2月18日至24日
    [InlineData("2015-02-18", false)]
    [InlineData("2015-02-24", false)]
    [InlineData("2015-02-25", true)]
    // 2016 国办发明电〔2015〕18号: 2月7日至13日; 2月14日(星期日)上班
    [InlineData("2016-02-07", false)]
    [InlineData("2016-02-13", false)]
    [InlineData("2016-02-14", true)]
    // 2017 国办发明电〔2016〕17号: 1月27日至2月2日
    [InlineData("2017-01-27", false)]
    [InlineData("2017-02-02", false)]
    [InlineData("2017-02-03", true)]
    // 2018 国办发明电〔2017〕12号: 2月15日至21日
    [InlineData("2018-02-15", false)]
    [InlineData("2018-02-21", false)]
    [InlineData("2018-02-22", true)]
    // 2019 国办发明电〔2018〕15号: 2月4日至10日
    [InlineData("2019-02-04", false)]
    [InlineData("2019-02-10", false)]
    [InlineData("2019-02-11", true)]
    // 2020 国办发明电〔2019〕16号 1月24日起, extended by 国办发明电〔2020〕1号 to 2月2日; 2月3日(星期一)起正常上班
    [InlineData("2020-01-24", false)]
    [InlineData("2020-02-02", false)]
    [InlineData("2020-02-03", true)]
    // 2021 国办发明电〔2020〕27号: 2月11日至17日
    [InlineData("2021-02-11", false)]
    [InlineData("2021-02-17", false)]
    [InlineData("2021-02-18", true)]
    // 2022 国办发明电〔2021〕11号: 1月31日至2月6日
    [InlineData("2022-01-31", false)]
    [InlineData("2022-02-06", false)]
    [InlineData("2022-02-07", true)]
    // 2023 国办发明电〔2022〕16号: 1月21日至27日; 1月28日(星期六)上班
    [InlineData("2023-01-21", false)]
    [InlineData("2023-01-27", false)]
    [InlineData("2023-01-28", true)]
    // 2024 国办发明电〔2023〕7号: 2月10日至17日; 2月18日(星期日)上班
    [InlineData("2024-02-10", false)]
    [InlineData("2024-02-17", false)]
    [InlineData("2024-02-18", true)]
    // 2025 国办发明电〔2024〕12号: 1月28日至2月4日
    [InlineData("2025-01-28", false)]
    [InlineData("2025-02-04", false)]
    [InlineData("2025-02-05", true)]
    // 2026 国办发明电〔2025〕7号: 2月15日至23日
    [InlineData("2026-02-15", false)]
    [InlineData("2026-02-23", false)]
    [InlineData("2026-02-24", true)]
    public void Spring_festival_period_is_off_and_the_day_after_is_worked(string date, bool working) =>
        Assert.Equal(working, Cal.IsWorkingDay(D(date)));

    // 国庆节 (with 中秋节 where the notice combines them): first and last day off, first working day after.
    [Theory]
    // 2008: 9月29日至10月5日
    [InlineData("2008-09-29", false)]
    [InlineData("2008-10-05", false)]
    [InlineData("2008-10-06", true)]
    // 2009 国庆节、中秋节: 10月1日至8日
    [InlineData("2009-10-01", false)]
    [InlineData("2009-10-08", false)]
    [InlineData("2009-10-09", true)]
    // 2010: 10月1日至7日
    [InlineData("2010-10-01", false)]
    [InlineData("2010-10-07", false)]
    [InlineData("2010-10-08", true)]
    // 2011: 10月1日至7日; 10月8日(星期六)上班
    [InlineData("2011-10-01", false)]
    [InlineData("2011-10-07", false)]
    [InlineData("2011-10-08", true)]
    // 2012 中秋节、国庆节: 9月30日至10月7日
    [InlineData("2012-09-30", false)]
    [InlineData("2012-10-07", false)]
    [InlineData("2012-10-08", true)]
    // 2013: 10月1日至7日
    [InlineData("2013-10-01", false)]
    [InlineData("2013-10-07", false)]
    [InlineData("2013-10-08", true)]
    // 2014: 10月1日至7日
    [InlineData("2014-10-01", false)]
    [InlineData("2014-10-07", false)]
    [InlineData("2014-10-08", true)]
    // 2015: 10月1日至7日
    [InlineData("2015-10-01", false)]
    [InlineData("2015-10-07", false)]
    [InlineData("2015-10-08", true)]
    // 2016: 10月1日至7日; 10月8日(星期六)上班
    [InlineData("2016-10-01", false)]
    [InlineData("2016-10-07", false)]
    [InlineData("2016-10-08", true)]
    // 2017 中秋节、国庆节: 10月1日至8日
    [InlineData("2017-10-01", false)]
    [InlineData("2017-10-08", false)]
    [InlineData("2017-10-09", true)]
    // 2018: 10月1日至7日
    [InlineData("2018-10-01", false)]
    [InlineData("2018-10-07", false)]
    [InlineData("2018-10-08", true)]
    // 2019: 10月1日至7日
    [InlineData("2019-10-01", false)]
    [InlineData("2019-10-07", false)]
    [InlineData("2019-10-08", true)]
    // 2020 国庆节、中秋节: 10月1日至8日
    [InlineData("2020-10-01", false)]
    [InlineData("2020-10-08", false)]
    [InlineData("2020-10-09", true)]
    // 2021: 10月1日至7日
    [InlineData("2021-10-01", false)]
    [InlineData("2021-10-07", false)]
    [InlineData("2021-10-08", true)]
    // 2022: 10月1日至7日; 10月8日(星期六)上班
    [InlineData("2022-10-01", false)]
    [InlineData("2022-10-07", false)]
    [InlineData("2022-10-08", true)]
    // 2023 中秋节、国庆节: 9月29日至10月6日; 10月7日(星期六)上班
    [InlineData("2023-09-29", false)]
    [InlineData("2023-10-06", false)]
    [InlineData("2023-10-07", true)]
    // 2024: 10月1日至7日
    [InlineData("2024-10-01", false)]
    [InlineData("2024-10-07", false)]
    [InlineData("2024-10-08", true)]
    // 2025 国庆节、中秋节: 10月1日至8日
    [InlineData("2025-10-01", false)]
    [InlineData("2025-10-08", false)]
    [InlineData("2025-10-09", true)]
    // 2026: 10月1日至7日
    [InlineData("2026-10-01", false)]
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-08", true)]
    public void National_day_period_is_off_and_the_day_after_is_worked(string date, bool working) =>
        Assert.Equal(working, Cal.IsWorkingDay(D(date)));

    // At least one 调休 Saturday or Sunday per year, each named "上班" in its notice.
    [Theory]
    [InlineData("2008-02-02")] // 星期六, 春节
    [InlineData("2008-09-28")] // 星期日, 国庆节
    [InlineData("2009-01-24")] // 星期六, 春节
    [InlineData("2009-10-10")] // 星期六, 国庆节、中秋节
    [InlineData("2010-09-19")] // 星期日, 中秋节
    [InlineData("2010-06-12")] // 星期六, 端午节
    [InlineData("2011-01-30")] // 星期日, 春节
    [InlineData("2011-04-02")] // 星期六, 清明节
    [InlineData("2011-12-31")] // 星期六, 2012 元旦 (the 2012 notice; filed under 2011)
    [InlineData("2012-03-31")] // 星期六, 清明节
    [InlineData("2012-09-29")] // 星期六, 中秋节、国庆节
    [InlineData("2013-01-05")] // 星期六, 元旦
    [InlineData("2013-04-07")] // 星期日, 清明节
    [InlineData("2014-01-26")] // 星期日, 春节
    [InlineData("2014-10-11")] // 星期六, 国庆节
    [InlineData("2015-01-04")] // 星期日, 元旦
    [InlineData("2015-02-28")] // 星期六, 春节
    [InlineData("2016-02-06")] // 星期六, 春节
    [InlineData("2016-06-12")] // 星期日, 端午节
    [InlineData("2017-01-22")] // 星期日, 春节
    [InlineData("2017-09-30")] // 星期六, 中秋节、国庆节
    [InlineData("2018-02-11")] // 星期日, 春节
    [InlineData("2018-09-30")] // 星期日, 国庆节
    [InlineData("2018-12-29")] // 星期六, 2019 元旦 (the 2019 notice; filed under 2018)
    [InlineData("2019-02-02")] // 星期六, 春节
    [InlineData("2019-04-28")] // 星期日, 劳动节 (国办发明电〔2019〕3号)
    [InlineData("2019-05-05")] // 星期日, 劳动节 (国办发明电〔2019〕3号)
    [InlineData("2020-01-19")] // 星期日, 春节 (kept after the extension)
    [InlineData("2020-05-09")] // 星期六, 劳动节
    [InlineData("2021-02-20")] // 星期六, 春节
    [InlineData("2021-09-18")] // 星期六, 中秋节
    [InlineData("2022-01-29")] // 星期六, 春节
    [InlineData("2022-04-02")] // 星期六, 清明节
    [InlineData("2023-01-29")] // 星期日, 春节
    [InlineData("2023-06-25")] // 星期日, 端午节
    [InlineData("2024-02-04")] // 星期日, 春节
    [InlineData("2024-09-14")] // 星期六, 中秋节
    [InlineData("2025-01-26")] // 星期日, 春节
    [InlineData("2025-02-08")] // 星期六, 春节
    [InlineData("2025-04-27")] // 星期日, 劳动节
    [InlineData("2026-01-04")] // 星期日, 元旦
    [InlineData("2026-02-28")] // 星期六, 春节
    [InlineData("2026-09-20")] // 星期日, 国庆节
    public void Makeup_weekend_days_are_working_days(string date)
    {
        var d = D(date);
        Assert.True(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{date} should be a weekend day");
        Assert.True(Cal.IsWorkingDay(d));
    }

    [Theory]
    [InlineData("2025-02-04", false)] // 春节's 8th day, added by 国务院令第795号 (2025 notice: 至2月4日)
    [InlineData("2025-05-05", false)] // 劳动节 5月1日至5日
    [InlineData("2025-05-02", false)] // 劳动节's 2nd statutory day (5月1日、2日)
    [InlineData("2020-01-31", false)] // 2020 春节 extension (国办发明电〔2020〕1号)
    [InlineData("2020-02-01", false)] // was a make-up Saturday; inside the extended holiday
    [InlineData("2020-02-02", false)] // last day of the extension
    [InlineData("2015-09-03", false)] // 抗战胜利70周年 (国发明电〔2015〕1号)
    [InlineData("2015-09-04", false)] // 调休
    [InlineData("2015-09-06", true)]  // 星期日 上班
    [InlineData("2019-05-03", false)] // 2019 劳动节 as changed: 5月1日至4日
    [InlineData("2024-02-09", true)]  // 2024 除夕: only "encouraged" off, a statutory working Friday
    [InlineData("2023-12-29", true)]  // Friday before 2024 元旦 "与周末连休"
    [InlineData("2024-01-01", false)]
    [InlineData("2018-12-31", false)] // Monday, 2019 元旦 period 2018-12-30 至 2019-01-01
    [InlineData("2014-06-02", false)] // 端午节 "6月2日放假，与周末连休"
    [InlineData("2025-03-01", false)] // an ordinary Saturday
    [InlineData("2025-03-02", false)] // an ordinary Sunday
    [InlineData("2025-03-05", true)]  // an ordinary Wednesday
    [InlineData("2016-03-09", true)]  // an ordinary Wednesday
    public void Particular_days(string date, bool working) => Assert.Equal(working, Cal.IsWorkingDay(D(date)));

    // Due(received, n): the day of receipt is not counted; the n-th working day after it. Worked out by hand.
    [Theory]
    // 2024-09-30 Mon, the last day worked before 国庆 (9月29日 Sun was a make-up day); 10月1日至7日 off.
    [InlineData("2024-09-30", 1, "2024-10-08")]
    // 2025 notice: 1.21–24 (4), 1.26 Sun make-up (5), 1.27 (6), 1.28–2.4 off, 2.5–7 (9), 2.8 Sat make-up (10),
    // 2.10–14 (15), 2.17–21 (20).
    [InlineData("2025-01-20", 20, "2025-02-21")]
    // Received on Saturday 2024-02-10, the first day of 春节 (2.10–17); 2.18 Sun make-up, then 2.19, 2.20.
    [InlineData("2024-02-10", 1, "2024-02-18")]
    [InlineData("2024-02-10", 3, "2024-02-20")]
    // 2023 中秋国庆 9.29–10.6 off; 10.7 Sat make-up.
    [InlineData("2023-09-28", 1, "2023-10-07")]
    // 2020: without the extension this would be 1.31; extended to 2.2, work from 2.3.
    [InlineData("2020-01-23", 1, "2020-02-03")]
    // 2015: 9.3–5 off, 9.6 Sun make-up (1), 9.7 Mon (2).
    [InlineData("2015-09-02", 2, "2015-09-07")]
    // 2008 (the 2008 条例's 15 days): 9.27 Sat, 9.28 Sun make-up (2), 9.29–10.5 off, 10.6–10 (7), 10.13–17 (12),
    // 10.20–22 (15).
    [InlineData("2008-09-26", 15, "2008-10-22")]
    // Across the 2019 元旦: 12.29 Sat make-up (1), 12.30–1.1 off, 1.2 (2), 1.3 (3).
    [InlineData("2018-12-28", 3, "2019-01-03")]
    // Across the 2012 元旦: 2011-12-31 Sat make-up (1), 1.1–3 off, 1.4 (2).
    [InlineData("2011-12-30", 2, "2012-01-04")]
    // 2019 劳动节 as changed: 5.1–4 off, 5.5 Sun make-up (1), 5.6 (2).
    [InlineData("2019-04-30", 2, "2019-05-06")]
    // 2026 春节 2.15–23; 2.14 Sat make-up (1), then 2.24 (2).
    [InlineData("2026-02-13", 2, "2026-02-24")]
    public void Due_counts_working_days_after_receipt(string received, int workingDays, string expected)
    {
        var due = Cal.Due(D(received), workingDays);
        Assert.Equal(D(expected), due.Date);
        Assert.True(due.Verified);
    }

    [Fact]
    public void Working_days_between_agrees_with_the_2025_due_date() =>
        Assert.Equal(20, Cal.WorkingDaysBetween(D("2025-01-20"), D("2025-02-21")));

    [Fact]
    public void Years_cover_2008_through_2026_and_nothing_earlier()
    {
        foreach (var year in Enumerable.Range(2008, 19))
        {
            Assert.Contains(year, Cal.Years);
            Assert.NotNull(Cal.GetYear(year));
        }

        // The 2008 notice's days in December 2007 are deliberately not loaded: a partial 2007 would look verified.
        Assert.DoesNotContain(Cal.Years, y => y < 2008);
        Assert.False(Cal.Due(D("2007-12-28"), 1).Verified);
    }

    [Fact]
    public void Every_makeup_workday_is_a_saturday_or_sunday()
    {
        var makeups = Cal.Years.SelectMany(y => Cal.GetYear(y)!.Days).Where(d => d.Kind == CalendarDayKind.MakeupWorkday).ToList();
        Assert.NotEmpty(makeups);
        Assert.All(makeups, d => Assert.True(
            d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{d.Date:yyyy-MM-dd} {d.Name} is not a weekend day"));
    }

    [Fact]
    public void Every_day_is_filed_under_its_own_year_with_a_known_name()
    {
        string[] names = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节", "中秋节、国庆节", "国庆节、中秋节", "抗战胜利纪念日"];
        foreach (var y in Cal.Years)
        {
            Assert.All(Cal.GetYear(y)!.Days, d =>
            {
                Assert.Equal(y, d.Date.Year);
                Assert.Contains(d.Name, names);
            });
        }
    }

    // The number of days off the notice gives for a period ("共N天"), counted by name within the year.
    [Theory]
    [InlineData(2025, "春节", 8)]
    [InlineData(2024, "春节", 8)]
    [InlineData(2026, "春节", 9)]
    [InlineData(2020, "春节", 10)]          // 1.24–30 (7) extended to 2.2
    [InlineData(2019, "春节", 7)]
    [InlineData(2024, "国庆节", 7)]
    [InlineData(2023, "中秋节、国庆节", 8)]
    [InlineData(2020, "国庆节、中秋节", 8)]
    [InlineData(2025, "国庆节、中秋节", 8)]
    [InlineData(2017, "中秋节、国庆节", 8)]
    [InlineData(2012, "中秋节、国庆节", 8)]
    [InlineData(2009, "国庆节、中秋节", 8)]
    [InlineData(2015, "抗战胜利纪念日", 3)]
    [InlineData(2019, "劳动节", 4)]         // 国办发明电〔2019〕3号
    [InlineData(2025, "劳动节", 5)]
    [InlineData(2023, "清明节", 1)]          // "4月5日放假，共1天"
    [InlineData(2025, "元旦", 1)]            // "1月1日（周三）放假1天，不调休"
    public void Holiday_periods_have_the_notice_day_count(int year, string name, int days)
    {
        var data = Cal.GetYear(year);
        Assert.NotNull(data);
        Assert.Equal(days, data.Days.Count(d => d.Kind == CalendarDayKind.Holiday && d.Name == name));
    }

    // Make-up days per year as the notices list them (2008 without 2007-12-29; 2020 after the extension dropped 2.1).
    // Counted by the date's own year, so 2011-12-31 counts for 2011 and 2018-12-29 for 2018.
    [Theory]
    [InlineData(2008, 5)]
    [InlineData(2011, 6)]  // 5 of the 2011 notice + 2011-12-31 of the 2012 notice
    [InlineData(2012, 6)]
    [InlineData(2013, 12)]
    [InlineData(2018, 7)]  // 6 + 2018-12-29 of the 2019 notice
    [InlineData(2019, 6)]
    [InlineData(2020, 6)]
    [InlineData(2025, 5)]
    [InlineData(2026, 6)]
    public void Makeup_day_counts_per_year(int year, int count) =>
        Assert.Equal(count, Cal.GetYear(year)!.Days.Count(d => d.Kind == CalendarDayKind.MakeupWorkday));
}
