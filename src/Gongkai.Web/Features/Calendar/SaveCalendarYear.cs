using Gongkai.Web.Features.Requests;

namespace Gongkai.Web.Features.Calendar;

public sealed record SaveCalendarYear(int Year, string? Content, string? Source);

/// <summary>
/// A platform admin adds next year's holidays or corrects a year: the text is the embedded file's format,
/// checked line by line; it must describe exactly the year named. Audited like every write.
/// </summary>
public sealed class SaveCalendarYearHandler(GongkaiDbContext db, CalendarProvider calendars, TimeProvider clock)
{
    public const int MinYear = 2008;
    public const int MaxYear = 2100;

    public async Task<Outcome<CalendarYear>> HandleAsync(SaveCalendarYear cmd, CancellationToken ct = default)
    {
        var v = new Validation().Text("source", "来源（通知名称或文号）", cmd.Source, 200).Text("content", "节假日数据", cmd.Content, 20_000);
        if (cmd.Year is < MinYear or > MaxYear)
        {
            v.Add("year", $"年份应在{MinYear}到{MaxYear}之间。");
        }

        if (!v.IsValid)
        {
            return Outcome<CalendarYear>.Fail(v);
        }

        var parsed = HolidayFile.Parse(cmd.Content!);
        foreach (var error in parsed.Errors)
        {
            v.Add("content", error);
        }

        if (v.IsValid)
        {
            var years = parsed.Years.Select(y => y.Year).ToList();
            if (years.Count == 0)
            {
                v.Add("content", "没有读到任何日期，请按“年份,日期,类型,名称”每行一天填写。");
            }
            else if (years.Any(y => y != cmd.Year))
            {
                v.Add("content", $"数据中包含{string.Join("、", years.Where(y => y != cmd.Year).Distinct())}年的日期，只能填写{cmd.Year}年。");
            }
        }

        if (!v.IsValid)
        {
            return Outcome<CalendarYear>.Fail(v);
        }

        var year = parsed.Years.Single();
        var row = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == cmd.Year, ct);
        var content = HolidayFile.Write([year]);
        if (row is null)
        {
            db.CalendarYears.Add(new CalendarYearOverride { Year = cmd.Year, Content = content, Source = cmd.Source!.Trim(), UpdatedAt = clock.GetUtcNow() });
        }
        else
        {
            row.Content = content;
            row.Source = cmd.Source!.Trim();
            row.UpdatedAt = clock.GetUtcNow();
        }

        // DESIGN.md §7: a corrected year moves the due dates of open requests; recompute them in the same audited save.
        var calendar = (await calendars.GetAsync(ct)).WithYear(year);
        var open = await db.Requests.Include(r => r.Events)
            .Where(r => RequestLifecycle.OpenStatuses.Contains(r.Status))
            .ToListAsync(ct);
        foreach (var r in open)
        {
            r.FollowCorrectedYear(calendar, cmd.Year);
        }

        await db.SaveChangesAsync(ct);
        calendars.Invalidate();
        return Outcome<CalendarYear>.Ok(year);
    }
}
