using Gongkai.Core.Calendar;

namespace Gongkai.Core.Tests.Calendar;

public sealed class HolidayFileTests
{
    [Fact]
    public void Parses_comments_full_width_commas_and_chinese_kinds()
    {
        var r = HolidayFile.Parse("# 通知\n2027,2027-10-01,holiday,国庆节\r\n2027，2027-10-09，上班，国庆节\n\n");
        Assert.Empty(r.Errors);
        var year = Assert.Single(r.Years);
        Assert.Equal(2027, year.Year);
        Assert.Equal([CalendarDayKind.Holiday, CalendarDayKind.MakeupWorkday], year.Days.Select(d => d.Kind));
    }

    [Theory]
    [InlineData("2027,2027-10-01,holiday", "第1行", "四项")]
    [InlineData("x,2027-10-01,holiday,国庆节", "第1行", "不是数字")]
    [InlineData("2027,2027-02-30,holiday,国庆节", "第1行", "日期")]
    [InlineData("2027,2028-01-01,holiday,元旦", "第1行", "不在2027年")]
    [InlineData("2027,2027-10-01,rest,国庆节", "第1行", "类型")]
    [InlineData("2027,2027-10-08,workday,国庆节", "第1行", "不是周六或周日")]
    [InlineData("2027,2027-10-01,holiday,国庆节\n2027,2027-10-01,holiday,国庆节", "第2行", "重复")]
    public void Bad_lines_are_named_in_chinese(string text, string line, string message)
    {
        var error = Assert.Single(HolidayFile.Parse(text).Errors);
        Assert.Contains(line, error);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Written_text_parses_back_to_the_same_days()
    {
        var year = WorkingDayCalendar.Embedded.GetYear(2025)!;
        var back = HolidayFile.Parse(HolidayFile.Write([year]));
        Assert.Empty(back.Errors);
        Assert.Equal(year.Days, back.Years.Single().Days);
    }

    [Fact]
    public void Statutory_days_and_weekends_without_data_and_a_year_added_later_takes_effect()
    {
        var empty = WorkingDayCalendar.FromYears([]);
        Assert.False(empty.IsWorkingDay(new DateOnly(2031, 3, 1)));  // Saturday
        Assert.False(empty.IsWorkingDay(new DateOnly(2031, 10, 2))); // Thursday, 国庆 by statute
        Assert.True(empty.IsWorkingDay(new DateOnly(2031, 10, 6)));  // Monday: bridging days need the notice
        // 9月30日 (Tue): 10月1日–3日 statutory, 4日–5日 weekend, 6日 (Mon) the first working day; provisional.
        Assert.Equal(new DueDate(new DateOnly(2031, 10, 6), false), empty.Due(new DateOnly(2031, 9, 30), 1));

        // A year that has data is exactly its data, even a (hypothetical) notice with only one day.
        var with = empty.WithYear(HolidayFile.Parse("2031,2031-10-01,holiday,国庆节").Years.Single());
        Assert.False(with.IsWorkingDay(new DateOnly(2031, 10, 1)));
        Assert.True(with.IsWorkingDay(new DateOnly(2031, 10, 2)));
        Assert.Equal(new DueDate(new DateOnly(2031, 10, 2), true), with.Due(new DateOnly(2031, 9, 30), 1));
        Assert.False(empty.IsWorkingDay(new DateOnly(2031, 10, 2))); // immutable: the original is unchanged
    }

    [Fact]
    public void Working_days_between_excludes_the_start_and_includes_the_end()
    {
        var c = WorkingDayCalendar.Embedded;
        // 2025-09-26 (Fri) to 2025-10-11 (Sat make-up): 28.9 Sun make-up, 29, 30, 9, 10, 11 = 6.
        Assert.Equal(6, c.WorkingDaysBetween(new DateOnly(2025, 9, 26), new DateOnly(2025, 10, 11)));
        Assert.Equal(0, c.WorkingDaysBetween(new DateOnly(2025, 10, 11), new DateOnly(2025, 10, 11)));
    }
}
