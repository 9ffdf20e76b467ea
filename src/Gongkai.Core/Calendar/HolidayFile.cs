namespace Gongkai.Core.Calendar;

public sealed record HolidayFileResult(IReadOnlyList<CalendarYear> Years, IReadOnlyList<string> Errors);

/// <summary>
/// The holiday data format, shared by the embedded file (Data/holidays.csv) and admins' uploads:
/// one day a line, <c>year,yyyy-MM-dd,holiday|workday,name</c>; <c>#</c> starts a comment. Errors are Chinese and
/// name the line, so an admin can fix a pasted notice without guessing.
/// </summary>
public static class HolidayFile
{
    public const int MaxNameLength = 20;

    public static HolidayFileResult Parse(string text)
    {
        var errors = new List<string>();
        var byYear = new SortedDictionary<int, List<CalendarDay>>();
        var seen = new HashSet<DateOnly>();
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // Full-width commas are what a Chinese IME types; accept them.
            var parts = line.Replace('，', ',').Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 4)
            {
                errors.Add($"第{lineNo}行：应为“年份,日期,类型,名称”四项，用逗号分隔（现为{parts.Length}项）。");
                continue;
            }

            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                errors.Add($"第{lineNo}行：年份“{parts[0]}”不是数字。");
                continue;
            }

            if (!DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add($"第{lineNo}行：日期“{parts[1]}”无效，格式应为 YYYY-MM-DD。");
                continue;
            }

            if (date.Year != year)
            {
                errors.Add($"第{lineNo}行：日期{parts[1]}不在{year}年。");
                continue;
            }

            CalendarDayKind? kind = parts[2].ToLowerInvariant() switch
            {
                "holiday" or "放假" => CalendarDayKind.Holiday,
                "workday" or "上班" or "调休上班" => CalendarDayKind.MakeupWorkday,
                _ => null,
            };
            if (kind is null)
            {
                errors.Add($"第{lineNo}行：类型“{parts[2]}”无效，应为 holiday（放假）或 workday（调休上班）。");
                continue;
            }

            if (kind == CalendarDayKind.MakeupWorkday && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                errors.Add($"第{lineNo}行：{parts[1]}不是周六或周日，不能作为调休上班日。");
                continue;
            }

            if (parts[3].Length == 0 || parts[3].Length > MaxNameLength)
            {
                errors.Add($"第{lineNo}行：名称应为1到{MaxNameLength}个字（如“春节”）。");
                continue;
            }

            if (!seen.Add(date))
            {
                errors.Add($"第{lineNo}行：{parts[1]}重复出现。");
                continue;
            }

            if (!byYear.TryGetValue(year, out var days))
            {
                byYear[year] = days = [];
            }

            days.Add(new CalendarDay(date, kind.Value, parts[3]));
        }

        var years = byYear.Select(y => new CalendarYear(y.Key, y.Value.OrderBy(d => d.Date).ToList())).ToList();
        return new HolidayFileResult(years, errors);
    }

    public static string Write(IEnumerable<CalendarYear> years)
    {
        var sb = new StringBuilder();
        foreach (var y in years)
        {
            foreach (var d in y.Days.OrderBy(d => d.Date))
            {
                sb.Append(y.Year.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                    .Append(d.Kind == CalendarDayKind.Holiday ? "holiday" : "workday").Append(',')
                    .Append(d.Name).Append('\n');
            }
        }

        return sb.ToString();
    }
}
