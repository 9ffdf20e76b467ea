using Gongkai.Web.Features.Accounts;

namespace Gongkai.Web.Features.Calendar;

public static class CalendarEndpoints
{
    /// <summary><see cref="Note"/>: when not verified, the plain sentence naming the year(s) without a notice; else null.</summary>
    public sealed record DueDto(string Received, string Due, int WorkingDays, string Rule, bool Verified, string? Note);

    public sealed record DayDto(string Date, string Name);

    public sealed record YearDto(int Year, string Source, IReadOnlyList<DayDto> Holidays, IReadOnlyList<DayDto> MakeupWorkdays);

    public sealed record SaveYearInput(string? Content, string? Source);

    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calendar").WithTags("工作日历");

        // Public and stable (DESIGN.md §4): received + N working days, the day of receipt not counted.
        group.MapGet("/due", async Task<Results<Ok<DueDto>, ValidationProblem>> (
            string? received, string? days, string? rule, CalendarProvider calendars, CancellationToken ct) =>
        {
            var v = new Validation();
            DateOnly receivedOn = default;
            if (string.IsNullOrWhiteSpace(received))
            {
                v.Add("received", "请提供收到申请的日期 received，格式为 YYYY-MM-DD。");
            }
            else if (!DateOnly.TryParseExact(received, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out receivedOn))
            {
                v.Add("received", $"日期“{received}”无效，格式应为 YYYY-MM-DD，例如 2025-01-20。");
            }
            else if (DateBounds.Problem(receivedOn, "收到申请的日期 received") is { } outOfRange)
            {
                v.Add("received", outOfRange);
            }

            DeadlineRule? chosen = rule switch
            {
                null or "" => null,
                "2019" => DeadlineRule.Rule2019,
                "2008" => DeadlineRule.Rule2008,
                _ => null,
            };
            if (rule is not (null or "" or "2019" or "2008"))
            {
                v.Add("rule", "rule 只能是 2019（现行条例）或 2008（2019年5月15日前收到的申请）。");
            }

            var n = 0;
            if (!string.IsNullOrEmpty(days) && (!int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out n) || n is < 1 or > 366))
            {
                v.Add("days", "days 应为1到366之间的整数（工作日数）。");
            }

            if (!v.IsValid)
            {
                return v.ToProblem();
            }

            var effectiveRule = chosen ?? DeadlineRules.ForReceipt(receivedOn);
            if (string.IsNullOrEmpty(days))
            {
                // 条例第三十三条: 20 working days; 2008 条例第二十四条: 15.
                n = DeadlineRules.AnswerDays(effectiveRule);
            }

            var calendar = await calendars.GetAsync(ct);
            var due = calendar.Due(receivedOn, n);
            return TypedResults.Ok(new DueDto(
                receivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                due.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                n,
                effectiveRule == DeadlineRule.Rule2008 ? "2008" : "2019",
                due.Verified,
                ProvisionalDue.For(calendar, receivedOn, due)));
        }).WithSummary("按工作日计算期限（收到当日不计入）");

        group.MapGet("/{year:int}", async Task<Results<Ok<YearDto>, ProblemHttpResult>> (int year, CalendarProvider calendars, CancellationToken ct) =>
        {
            var calendar = await calendars.GetAsync(ct);
            var y = calendar.GetYear(year);
            if (y is null)
            {
                return TypedResults.Problem(statusCode: 404, title: $"没有{year}年的节假日数据（国务院办公厅通知尚未录入）。该年的期限只扣除周末和《全国年节及纪念日放假办法》规定的法定节假日，调休未知，标记为“日历未核实”。");
            }

            return TypedResults.Ok(ToDto(y, await SourceOfAsync(calendars, year, ct)));
        }).WithSummary("某年的法定节假日和调休上班日");

        group.MapPut("/{year:int}", async Task<Results<Ok<YearDto>, ValidationProblem, ForbidHttpResult>> (
            int year, SaveYearInput input, SaveCalendarYearHandler handler, AgencyScope scope, CancellationToken ct) =>
        {
            if (!await scope.IsPlatformAdminAsync(ct))
            {
                return TypedResults.Forbid();
            }

            var r = await handler.HandleAsync(new SaveCalendarYear(year, input.Content, input.Source), ct);
            return r.Invalid is { } v ? v.ToProblem() : TypedResults.Ok(ToDto(r.Value!, input.Source!.Trim()));
        }).RequireAuthorization(TokenAuthenticationHandler.Policy).WithSummary("新增或更正某年的节假日（平台管理员）");
    }

    public static YearDto ToDto(CalendarYear y, string source) => new(
        y.Year,
        source,
        y.Days.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => new DayDto(d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Name)).ToList(),
        y.Days.Where(d => d.Kind == CalendarDayKind.MakeupWorkday).Select(d => new DayDto(d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Name)).ToList());

    /// <summary>"embedded" for the shipped State Council data, else the notice the admin named.</summary>
    public static async Task<string> SourceOfAsync(CalendarProvider calendars, int year, CancellationToken ct) =>
        await calendars.OverrideSourceAsync(year, ct) ?? "内置数据（国务院办公厅节假日安排通知，见 SOURCE.md）";
}
