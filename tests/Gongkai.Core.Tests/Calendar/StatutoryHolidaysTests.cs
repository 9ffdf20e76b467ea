using System.Globalization;
using Gongkai.Core.Calendar;

namespace Gongkai.Core.Tests.Calendar;

/// <summary>
/// The statutory days of 《全国年节及纪念日放假办法》 (国务院令第513号, 第644号, 第795号), computed for years without a notice,
/// against the notices embedded for 2008–2026, and the fallback they give a year without data.
/// </summary>
public sealed class StatutoryHolidaysTests
{
    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The embedded notices up to 2026 only, so the 2027 tests keep testing a year without data once 2027 is added.</summary>
    private static WorkingDayCalendar Through2026 => WorkingDayCalendar.FromYears(
        WorkingDayCalendar.Embedded.Years.Where(y => y <= 2026).Select(y => WorkingDayCalendar.Embedded.GetYear(y)!));

    public static TheoryData<int> EmbeddedYears => new(Enumerable.Range(2008, 19));

    // A notice never takes a statutory day away: it only adds 补假 (第六条) and 调休 days around it. So, under the text in
    // force that year, every statutory day is a day off in that year's notice, inside the period of its own festival
    // (a combined period like "国庆节、中秋节" names it). Weekend statutory days are listed too: SOURCE.md lists every day
    // of a period, Saturdays and Sundays included.
    [Theory]
    [MemberData(nameof(EmbeddedYears))]
    public void Every_statutory_day_is_a_day_off_of_its_festival_in_the_embedded_notice(int year)
    {
        var notice = WorkingDayCalendar.Embedded.GetYear(year)!.Days.ToDictionary(d => d.Date);
        foreach (var day in StatutoryHolidays.ForYear(year))
        {
            Assert.True(notice.TryGetValue(day.Date, out var listed), $"{day.Date:yyyy-MM-dd} {day.Name} is not in the {year} notice");
            Assert.Equal(CalendarDayKind.Holiday, listed.Kind);
            Assert.All(day.Name.Split('、'), festival => Assert.Contains(festival, listed.Name));
            Assert.False(WorkingDayCalendar.Embedded.IsWorkingDay(day.Date));
        }
    }

    // 第二条: eleven days under the 2007 and 2013 texts, thirteen from 2025 (国务院令第795号). In 2020 中秋 fell on
    // 10月1日, so that date carries two festivals.
    [Theory]
    [InlineData(2008, 11, 11)]
    [InlineData(2013, 11, 11)]
    [InlineData(2014, 11, 11)]
    [InlineData(2020, 11, 10)]
    [InlineData(2024, 11, 11)]
    [InlineData(2025, 13, 13)]
    [InlineData(2027, 13, 13)]
    [InlineData(2031, 13, 12)] // 中秋 is 10月1日 again
    public void The_statute_gives_eleven_days_until_2024_and_thirteen_from_2025(int year, int festivalDays, int dates)
    {
        var days = StatutoryHolidays.ForYear(year);
        Assert.Equal(dates, days.Count);
        Assert.Equal(festivalDays, days.Sum(d => d.Name.Split('、').Length));
    }

    // 除夕: statutory under 国务院令第513号 (2008–2013) and 第795号 (2025–); not under 第644号 (2014–2024), when the
    // notices of 2014 and 2024 left it a working day (2024: only "encouraged" off).
    [Theory]
    [InlineData("2013-02-09", true, HolidayMeasures.Decree513)]
    [InlineData("2014-01-30", false, HolidayMeasures.Decree644)]
    [InlineData("2024-02-09", false, HolidayMeasures.Decree644)]
    [InlineData("2025-01-28", true, HolidayMeasures.Decree795)]
    public void The_eve_of_the_spring_festival_follows_the_text_in_force(string eve, bool statutory, HolidayMeasures text)
    {
        var d = D(eve);
        Assert.Equal(text, StatutoryHolidays.MeasuresInForce(d.Year));
        Assert.Equal(statutory, StatutoryHolidays.IsHoliday(d));
        Assert.Equal(statutory, WorkingDayCalendar.Embedded.GetYear(d.Year)!.Days.Any(x => x.Date == d));
    }

    [Theory]
    [InlineData(2013, "2013-02-11")] // 初二 is the last statutory day under the 2007 text
    [InlineData(2024, "2024-02-12")] // 初三 under the 2013 text
    [InlineData(2025, "2025-01-31")] // 初三 under the 2024 text
    public void The_last_statutory_day_of_the_spring_festival_follows_the_text_in_force(int year, string last) =>
        Assert.Equal(D(last), StatutoryHolidays.ForYear(year).Where(d => d.Name == "春节").Max(d => d.Date));

    [Fact]
    public void Labour_day_is_one_day_until_2024_and_two_from_2025()
    {
        Assert.False(StatutoryHolidays.IsHoliday(new DateOnly(2024, 5, 2)));
        Assert.True(StatutoryHolidays.IsHoliday(new DateOnly(2025, 5, 2)));
        Assert.Equal("国务院令第795号", StatutoryHolidays.Citation(StatutoryHolidays.MeasuresInForce(2027)));
    }

    // Years after the data, checked against lunar-javascript 1.7.7 (寿星 astronomical algorithm, Beijing time), which agrees
    // with StatutoryHolidays on every 除夕, 正月初一, 清明, 端午 and 中秋 of 2008–2099. Picked for their traps.
    [Theory]
    [InlineData(2027, "2027-02-05", "2027-04-05", "2027-06-09", "2027-09-15")]
    [InlineData(2028, "2028-01-25", "2028-04-04", "2028-05-28", "2028-10-03")] // 闰五月: 端午 in the first fifth month; 中秋 on 国庆
    [InlineData(2052, "2052-01-31", "2052-04-04", "2052-06-01", "2052-09-07")] // 闰八月: 中秋 in the first eighth month
    [InlineData(2071, "2071-01-30", "2071-04-05", "2071-06-02", "2071-09-08")] // 清明 at 00:10 Beijing time
    [InlineData(2099, "2099-01-20", "2099-04-04", "2099-06-23", "2099-09-29")] // the last year the 清明 formula holds
    public void Future_lunar_festivals_and_qingming(int year, string eve, string qingming, string duanwu, string zhongqiu)
    {
        var days = StatutoryHolidays.ForYear(year);
        Assert.Equal(
            [D(eve), D(eve).AddDays(1), D(eve).AddDays(2), D(eve).AddDays(3)],
            days.Where(d => d.Name == "春节").Select(d => d.Date));
        Assert.Equal(D(qingming), Assert.Single(days, d => d.Name == "清明节").Date);
        Assert.Equal(D(duanwu), Assert.Single(days, d => d.Name == "端午节").Date);
        Assert.Equal(D(zhongqiu), Assert.Single(days, d => d.Name.Split('、').Contains("中秋节")).Date);
    }

    [Fact]
    public void Statutory_days_of_2027()
    {
        Assert.Equal(
            [
                ("2027-01-01", "元旦"),
                ("2027-02-05", "春节"), ("2027-02-06", "春节"), ("2027-02-07", "春节"), ("2027-02-08", "春节"),
                ("2027-04-05", "清明节"),
                ("2027-05-01", "劳动节"), ("2027-05-02", "劳动节"),
                ("2027-06-09", "端午节"),
                ("2027-09-15", "中秋节"),
                ("2027-10-01", "国庆节"), ("2027-10-02", "国庆节"), ("2027-10-03", "国庆节"),
            ],
            StatutoryHolidays.ForYear(2027).Select(d => (d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Name)));
        Assert.Equal("中秋节、国庆节", StatutoryHolidays.ForYear(2031).Single(d => d.Date == new DateOnly(2031, 10, 1)).Name);
    }

    [Fact]
    public void Years_outside_the_texts_carried_are_refused_and_count_weekends_only()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryHolidays.ForYear(2007));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryHolidays.ForYear(2100));
        Assert.False(StatutoryHolidays.IsHoliday(new DateOnly(2007, 10, 1)));
        Assert.False(StatutoryHolidays.IsHoliday(new DateOnly(2100, 10, 1)));
        Assert.True(WorkingDayCalendar.Embedded.IsWorkingDay(new DateOnly(2007, 10, 1))); // a Monday; no text carried
    }

    // 2027 has no notice yet: its statutory days are off, the rest of the weekdays are worked.
    [Theory]
    [InlineData("2027-01-01", false)] // Fri, 元旦
    [InlineData("2027-02-04", true)]  // Thu
    [InlineData("2027-02-05", false)] // Fri, 除夕
    [InlineData("2027-02-08", false)] // Mon, 初三
    [InlineData("2027-02-09", true)]  // Tue: any bridging day is the notice's to give
    [InlineData("2027-04-05", false)] // Mon, 清明
    [InlineData("2027-06-09", false)] // Wed, 端午
    [InlineData("2027-09-15", false)] // Wed, 中秋
    [InlineData("2027-10-01", false)] // Fri, 国庆
    [InlineData("2027-10-04", true)]  // Mon: the 补假 for 10月2日、3日 (第六条) is the notice's to place
    public void A_year_without_a_notice_has_its_statutory_days_off(string date, bool working) =>
        Assert.Equal(working, Through2026.IsWorkingDay(D(date)));

    [Fact]
    public void Due_date_across_the_2027_spring_festival_skips_it_and_is_provisional()
    {
        // Received Wed 2027-02-03: 2.4 (1), 2.5–8 off (除夕 to 初三, with the weekend), 2.9–12 (5), 2.15–19 (10),
        // 2.22–26 (15), 3.1–5 (20). Weekends only would have given 3月3日.
        var due = Through2026.Due(D("2027-02-03"), 20);
        Assert.Equal(new DueDate(D("2027-03-05"), false), due);
        Assert.Equal("2027年节假日安排尚未公布，截止日期暂按法定节假日推算，公布后可能提前或顺延。", ProvisionalDue.For(Through2026, D("2027-02-03"), due));
    }

    [Fact]
    public void Due_date_from_december_into_a_year_without_data_names_that_year()
    {
        // Received Fri 2026-12-25: 12.28–31 (4), 2027-01-01 元旦 off, 1.4–8 (9), 1.11–15 (14), 1.18–22 (19), 1.25 (20).
        var due = Through2026.Due(D("2026-12-25"), 20);
        Assert.Equal(new DueDate(D("2027-01-25"), false), due);
        Assert.Equal([2027], Through2026.YearsWithoutData(D("2026-12-25"), due.Date));
        Assert.StartsWith("2027年节假日安排尚未公布", ProvisionalDue.For(Through2026, D("2026-12-25"), due));

        // Within the data there is nothing to say.
        var verified = Through2026.Due(D("2026-06-01"), 20);
        Assert.True(verified.Verified);
        Assert.Null(ProvisionalDue.For(Through2026, D("2026-06-01"), verified));
    }

    [Fact]
    public void The_note_names_every_year_concerned_in_order()
    {
        Assert.StartsWith("2027年、2028年节假日安排尚未公布", ProvisionalDue.Note([2028, 2027, 2028]));
        Assert.StartsWith("部分年份节假日安排尚未公布", ProvisionalDue.Note([]));
    }
}
