using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Core.Calendar;
using Gongkai.Core.Catalog;
using Gongkai.Core.Requests;
using Gongkai.Documents.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests;

/// <summary>
/// The annual report over HTTP: figures counted from the records (carry-over into January included), manual figures,
/// checks that block publication until fixed or explained, publication freezing the figures and putting the report on
/// the portal, exports, the supervisor's roll-up and who may do what.
/// </summary>
public abstract class ReportApiTests(AppFixture fixture)
{
    private const int Year = 2025;

    private GongkaiFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage r)
    {
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await r.JsonAsync();
    }

    private static decimal Cell(JsonElement stats, string table, string row, string column) =>
        stats.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == table)
            .GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == row)
            .GetProperty("values").GetProperty(column).GetDecimal();

    private static string TotalColumn(JsonElement stats, string table) =>
        stats.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == table)
            .GetProperty("columns").EnumerateArray().Last().GetString()!;

    /// <summary>A request as the handler's steps leave it: received, answered (or still open), with its events.</summary>
    private async Task<int> RequestAsync(string agency, DateOnly received, DateOnly? answered, RequestOutcome outcome = RequestOutcome.Disclosed, bool extended = false)
    {
        return await App.WithDbAsync(async db =>
        {
            var a = await db.Agencies.SingleAsync(x => x.Code == agency, Ct);
            var r = new InfoRequest
            {
                AgencyId = a.Id, TrackingCode = "T" + Guid.NewGuid().ToString("N")[..10], QueryKeyHash = "x", Channel = RequestChannel.Online,
                ReceivedOn = received, SubmittedAt = ChinaTime.At(received, new TimeOnly(9, 0)),
                ApplicantType = ApplicantType.NaturalPerson, ApplicantName = "张某", Subject = "申请公开某村道路建设资金", Description = "申请公开某村道路建设资金使用情况",
                Status = answered is null ? RequestStatus.InProgress : RequestStatus.Closed, Outcome = answered is null ? null : outcome, AnsweredOn = answered,
                DueOn = received.AddDays(28),
            };
            r.Events.Add(new RequestEvent { Action = RequestAction.Submit, On = received, RecordedAt = r.SubmittedAt, Actor = "公众" });
            if (extended)
            {
                r.Events.Add(new RequestEvent { Action = RequestAction.Extend, On = received.AddDays(15), RecordedAt = r.SubmittedAt.AddDays(15), Actor = "test", Number = 20 });
            }

            if (answered is { } on)
            {
                r.Events.Add(new RequestEvent { Action = RequestAction.Answer, On = on, RecordedAt = r.SubmittedAt.AddDays(on.DayNumber - received.DayNumber), Actor = "test" });
            }

            db.Requests.Add(r);
            await db.SaveChangesAsync(Ct);
            return r.Id;
        });
    }

    private async Task<int> NormativeAsync(string agency, DateOnly published, Validity validity)
    {
        return await App.WithDbAsync(async db =>
        {
            var a = await db.Agencies.SingleAsync(x => x.Code == agency, Ct);
            if (!await db.CatalogColumns.AnyAsync(c => c.AgencyId == a.Id, Ct))
            {
                await Gongkai.Web.Features.Catalog.SeedStandardColumns.RunAsync(db, a.Id, Ct);
            }

            var column = await db.CatalogColumns.SingleAsync(c => c.AgencyId == a.Id && c.Key == "guifan", Ct);
            var at = ChinaTime.At(published, new TimeOnly(10, 0));
            var item = new CatalogItem
            {
                AgencyId = a.Id, ColumnId = column.Id, Title = "关于印发某实施方案的通知", Publisher = a.Name, BodyHtml = "<p>正文</p>", BodyText = "正文",
                Status = ItemStatus.Published, PublishedAt = at, UpdatedAt = at, CreatedBy = "test", WrittenOn = published, Validity = validity,
                EffectiveOn = validity == Validity.Effective ? published : null, IndexNumber = $"{agency}/{published.Year}-9{Random.Shared.Next(10000, 99999)}",
            };
            db.CatalogItems.Add(item);
            await db.SaveChangesAsync(Ct);
            return item.Id;
        });
    }

    private static Dictionary<string, string?> ManualValues(JsonElement view) =>
        view.GetProperty("manualFields").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!, f => (string?)"2");

    [Fact]
    public async Task Figures_are_counted_from_the_records_with_carry_over_into_january_and_drill_down()
    {
        var admin = await App.ApiClientAsync("zhoushang.admin");
        var answered = await RequestAsync("zhoushang", new DateOnly(Year, 3, 2), new DateOnly(Year, 3, 20));
        var partial = await RequestAsync("zhoushang", new DateOnly(Year, 6, 2), new DateOnly(Year, 7, 20), RequestOutcome.PartiallyDisclosed, extended: true);
        var january = await RequestAsync("zhoushang", new DateOnly(Year, 12, 22), new DateOnly(Year + 1, 1, 12));
        var open = await RequestAsync("zhoushang", new DateOnly(Year, 12, 29), null);
        var doc = await NormativeAsync("zhoushang", new DateOnly(Year, 4, 1), Validity.Effective);

        var stats = await OkJsonAsync(await admin.GetAsync($"/api/agencies/zhoushang/reports/{Year}/statistics", Ct));
        Assert.Equal("2021", stats.GetProperty("format").GetString());
        var total = TotalColumn(stats, "t3");
        Assert.Equal(4, Cell(stats, "t3", "t3.received", total));
        Assert.Equal(1, Cell(stats, "t3", "t3.results.disclosed", total));
        Assert.Equal(1, Cell(stats, "t3", "t3.results.partial", total));
        Assert.Equal(2, Cell(stats, "t3", "t3.results.total", total));
        Assert.Equal(2, Cell(stats, "t3", "t3.carriedOut", total)); // answered in January and still open both carry over
        Assert.Contains(stats.GetProperty("checks").EnumerateArray(), c => c.GetProperty("rule").GetString() == "t3.balance" && c.GetProperty("passed").GetBoolean());

        // Next year: both come in as 上年结转; the January answer counts in that year's results.
        var next = await OkJsonAsync(await admin.GetAsync($"/api/agencies/zhoushang/reports/{Year + 1}/statistics", Ct));
        Assert.Equal(2, Cell(next, "t3", "t3.carriedIn", total));

        // Legacy format of the same year: 延期办结 counts the extended request.
        var legacy = await OkJsonAsync(await admin.GetAsync($"/api/agencies/zhoushang/reports/{Year}/statistics?format=legacy", Ct));
        Assert.Equal("legacy", legacy.GetProperty("format").GetString());
        Assert.Contains(legacy.GetProperty("tables").EnumerateArray(), t => t.GetProperty("key").GetString() == "legacy");

        // Drill-down: the cell lists exactly the requests it counts; the admin may not read requests, so only numbers show.
        var cells = await OkJsonAsync(await admin.GetAsync($"/api/agencies/zhoushang/reports/{Year}/cells?table=t3&row=t3.carriedOut&column={Uri.EscapeDataString(total)}", Ct));
        Assert.Equal(new[] { january, open }.Order(), cells.EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).Order());
        Assert.DoesNotContain("道路", cells.GetRawText(), StringComparison.Ordinal);
        var handler = await App.ApiClientAsync("zhoushang.editor"); // holds 依申请经办人 in the demo
        var detailed = await OkJsonAsync(await handler.GetAsync($"/api/agencies/zhoushang/reports/{Year}/cells?table=t3&row=t3.received&column={Uri.EscapeDataString(total)}", Ct));
        Assert.Contains(detailed.EnumerateArray(), c => c.GetProperty("label").GetString()!.Contains("道路", StringComparison.Ordinal) && c.GetProperty("link").GetString() == $"/admin/requests/{answered}");
        var items = await OkJsonAsync(await admin.GetAsync($"/api/agencies/zhoushang/reports/{Year}/cells?table=t2.1&row=t2.1.normative&column={Uri.EscapeDataString(stats.GetProperty("tables")[0].GetProperty("columns")[0].GetString()!)}", Ct));
        Assert.Contains(items.EnumerateArray(), c => c.GetProperty("id").GetInt32() == doc);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/agencies/zhoushang/reports/{Year}/cells?table=t3&row=nope&column=x", Ct)).StatusCode);
        _ = partial;
    }

    [Fact]
    public async Task Publishing_is_blocked_until_figures_overview_and_failed_checks_are_dealt_with_then_freezes_the_figures()
    {
        var admin = await App.ApiClientAsync("shuangxi.admin");
        await RequestAsync("shuangxi", new DateOnly(Year, 5, 6), new DateOnly(Year, 5, 20));
        var unmarked = await NormativeAsync("shuangxi", new DateOnly(Year, 8, 1), Validity.NotApplicable); // fails t2.validity
        var url = $"/api/agencies/shuangxi/reports/{Year}";

        // Anonymous: nothing until published.
        Assert.Equal(HttpStatusCode.NotFound, (await App.CreateClient().GetAsync(url + "/statistics", Ct)).StatusCode);

        var blocked = await admin.PostAsync(url + "/publish", null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, blocked.StatusCode);
        var reasons = await blocked.FieldErrorsAsync("publish");
        Assert.Contains(reasons, m => m.Contains("t2.validity", StringComparison.Ordinal) && m.Contains("#" + unmarked, StringComparison.Ordinal));
        Assert.Contains(reasons, m => m.Contains("手工填报", StringComparison.Ordinal));
        Assert.Contains(reasons, m => m.Contains("总体情况", StringComparison.Ordinal));

        // Bad manual figures: field-level errors, nothing saved.
        var view = await OkJsonAsync(await admin.GetAsync(url, Ct));
        var bad = await admin.PutAsJsonAsync(url + "/figures", new Dictionary<string, string?> { ["license.decisions"] = "abc", ["penalty.decisions"] = "-3", ["nope"] = "1" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotEmpty(await bad.FieldErrorsAsync("license.decisions"));
        Assert.NotEmpty(await bad.FieldErrorsAsync("penalty.decisions"));
        Assert.NotEmpty(await bad.FieldErrorsAsync("nope"));
        Assert.False(await App.WithDbAsync(db => db.ReportFigures.AnyAsync(f => f.Key == "license.decisions" && f.Year == Year && db.Agencies.Any(a => a.Id == f.AgencyId && a.Code == "shuangxi"), Ct)));

        await OkJsonAsync(await admin.PutAsJsonAsync(url + "/figures", ManualValues(view), Ct));
        var stats = await OkJsonAsync(await admin.GetAsync(url + "/statistics", Ct));
        var t25 = stats.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "t2.5");
        Assert.Contains("shuangxi.admin", t25.GetProperty("rows")[0].GetProperty("sources").EnumerateObject().First().Value.GetProperty("provenance").GetString());

        var draft = await OkJsonAsync(await admin.GetAsync(url + "/draft-overview", Ct));
        var text = draft.GetProperty("text").GetString()!;
        Assert.Contains("双溪乡人民政府", text, StringComparison.Ordinal);
        Assert.Contains("新收政府信息公开申请1件", text, StringComparison.Ordinal);
        await OkJsonAsync(await admin.PutAsJsonAsync(url, new { overview = text, problems = "公开时效有待提高。", other = "无。" }, Ct));

        // Still blocked by the unexplained check; an explanation per rule lets it through.
        var still = await admin.PostAsync(url + "/publish", null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, still.StatusCode);
        Assert.Single(await still.FieldErrorsAsync("publish"));
        await OkJsonAsync(await admin.PutAsJsonAsync(url, new { overview = text, problems = "公开时效有待提高。", other = "无。", checkNotes = "t2.validity: 该文件为内部工作方案，误放入规范性文件栏目，已转报县司法局审核" }, Ct));
        var published = await OkJsonAsync(await admin.PostAsync(url + "/publish", null, Ct));
        Assert.Equal("Published", published.GetProperty("status").GetString());
        Assert.Equal("PublishedLate", published.GetProperty("timing").GetString()); // due 2026-01-31, today is later

        // Frozen: a request recorded afterwards does not change the published figures; edits are refused.
        var before = await OkJsonAsync(await App.CreateClient().GetAsync(url + "/statistics", Ct));
        await RequestAsync("shuangxi", new DateOnly(Year, 9, 9), new DateOnly(Year, 9, 19));
        var after = await OkJsonAsync(await App.CreateClient().GetAsync(url + "/statistics", Ct));
        Assert.True(after.GetProperty("frozen").GetBoolean());
        Assert.Equal(Cell(before, "t3", "t3.received", TotalColumn(before, "t3")), Cell(after, "t3", "t3.received", TotalColumn(after, "t3")));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync(url, new { overview = "改" }, Ct)).StatusCode);

        // On the portal's 年度报告 column, findable like any item.
        Assert.True(await App.WithDbAsync(db => db.CatalogItems.AnyAsync(
            i => i.Title == $"双溪乡人民政府{Year}年政府信息公开工作年度报告" && i.Status == ItemStatus.Published && i.IndexNumber != null, Ct)));
    }

    [Fact]
    public async Task Exports_are_valid_documents_with_the_official_labels()
    {
        var admin = await App.ApiClientAsync("songjiang.admin");
        await RequestAsync("songjiang", new DateOnly(Year, 4, 7), new DateOnly(Year, 4, 21));
        var url = $"/api/agencies/songjiang/reports/{Year}";

        var docx = await admin.GetAsync(url + "/export.docx", Ct);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var doc = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Ct)), false))
        {
            OpenXmlAssert.Valid(doc, FileFormatVersions.Office2019);
            Assert.Contains("收到和处理政府信息公开申请情况", doc.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
        }

        var xlsx = await admin.GetAsync(url + "/export.xlsx", Ct);
        using (var book = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct)), false))
        {
            OpenXmlAssert.Valid(book, FileFormatVersions.Office2019);
            Assert.True(book.WorkbookPart!.WorksheetParts.Count() >= 3);
        }

        var html = await (await admin.GetAsync(url + "/export.html", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("予以公开", html, StringComparison.Ordinal);

        Assert.True(ReportPdf.IsAvailable(out _), "Chromium is installed by ./test.sh");
        var pdf = await admin.GetAsync(url + "/export.pdf", Ct);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var file = Path.Combine(Path.GetTempPath(), $"gongkai-report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, await pdf.Content.ReadAsByteArrayAsync(Ct), Ct);
        try
        {
            using var p = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
            var text = await p.StandardOutput.ReadToEndAsync(Ct);
            await p.WaitForExitAsync(Ct);
            Assert.Contains("松江乡人民政府", text, StringComparison.Ordinal);
            Assert.Contains("予以公开", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }

        // A draft is not exported to the public; unknown formats are 404.
        Assert.Equal(HttpStatusCode.NotFound, (await App.CreateClient().GetAsync(url + "/export.docx", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url + "/export.exe", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync(url + "/statistics?format=1999", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_county_sees_every_township_and_their_sum_and_townships_cannot_edit_each_other()
    {
        await RequestAsync("shimen", new DateOnly(Year, 2, 10), new DateOnly(Year, 2, 24));
        await RequestAsync("sanzhualun", new DateOnly(Year, 3, 10), new DateOnly(Year, 3, 24));
        var supervisor = await App.ApiClientAsync("county.supervisor");
        var rollup = await OkJsonAsync(await supervisor.GetAsync($"/api/agencies/shifan/reports/{Year}/rollup", Ct));
        var agencies = rollup.GetProperty("agencies").EnumerateArray().ToList();
        Assert.Contains(agencies, a => a.GetProperty("code").GetString() == "shimen");
        Assert.Contains(agencies, a => a.GetProperty("code").GetString() == "sanzhualun");
        static decimal Received(JsonElement tables) =>
            tables.EnumerateArray().Single(t => t.GetProperty("key").GetString() == "t3").GetProperty("rows").EnumerateArray()
                .Single(r => r.GetProperty("key").GetString() == "t3.received").GetProperty("values").EnumerateObject().Last().Value.GetDecimal();
        Assert.Equal(agencies.Sum(a => Received(a.GetProperty("statistics"))), Received(rollup.GetProperty("sum")));
        Assert.True(Received(rollup.GetProperty("sum")) >= 2);

        // Townships: no roll-up, no editing another township's report; editors cannot edit their own.
        var shimenAdmin = await App.ApiClientAsync("shimen.admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await shimenAdmin.GetAsync($"/api/agencies/shifan/reports/{Year}/rollup", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shimenAdmin.PutAsJsonAsync($"/api/agencies/sanzhualun/reports/{Year}", new { overview = "x" }, Ct)).StatusCode);
        var editor = await App.ApiClientAsync("shimen.editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutAsJsonAsync($"/api/agencies/shimen/reports/{Year}", new { overview = "x" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().PostAsync($"/api/agencies/shimen/reports/{Year}/publish", null, Ct)).StatusCode);
        // The supervisor reads a township's draft but does not write it.
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/agencies/shimen/reports/{Year}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PutAsJsonAsync($"/api/agencies/shimen/reports/{Year}", new { overview = "x" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shimenAdmin.GetAsync($"/api/agencies/shimen/reports/{BeijingClock.Today.Year + 2}", Ct)).StatusCode);
    }

    /// <summary>What the database holds of an agency-year's report, to show a refused step changed nothing.</summary>
    private sealed record Stored(string? Status, string? Overview, string? CheckNotes, DateTimeOffset? PublishedAt, string? PublishedBy, bool Frozen, DateTimeOffset? UpdatedAt, int Figures, int PortalItems);

    private Task<Stored> StoredAsync(string agency, int year) => App.WithDbAsync(async db =>
    {
        var a = await db.Agencies.SingleAsync(x => x.Code == agency, Ct);
        var r = await db.AnnualReports.AsNoTracking().SingleOrDefaultAsync(x => x.AgencyId == a.Id && x.Year == year, Ct);
        var figures = await db.ReportFigures.CountAsync(f => f.AgencyId == a.Id && f.Year == year, Ct);
        var items = await db.CatalogItems.CountAsync(i => i.AgencyId == a.Id && i.Title == $"{a.Name}{year}年政府信息公开工作年度报告", Ct);
        return new Stored(r?.Status.ToString(), r?.Overview, r?.CheckNotes, r?.PublishedAt, r?.PublishedBy, r?.PublishedStatistics is not null, r?.UpdatedAt, figures, items);
    });

    /// <summary>A draft with every manual figure but <paramref name="skipFigure"/> and, unless told otherwise, 总体情况.</summary>
    private async Task PrepareAsync(HttpClient admin, string agency, int year, bool overview = true, string? skipFigure = null)
    {
        var url = $"/api/agencies/{agency}/reports/{year}";
        var values = ManualValues(await OkJsonAsync(await admin.GetAsync(url, Ct)));
        values.Remove(skipFigure ?? "");
        await OkJsonAsync(await admin.PutAsJsonAsync(url + "/figures", values, Ct));
        await OkJsonAsync(await admin.PutAsJsonAsync(url, new { overview = overview ? "本年度，本机关依法做好政府信息公开工作。" : null, problems = "无。", other = "无。" }, Ct));
    }

    private static async Task<string> RefusedAsync(HttpResponseMessage r, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        return Assert.Single(await r.FieldErrorsAsync(field));
    }

    [Fact]
    public async Task Publishing_before_the_year_is_over_is_refused_in_chinese_and_stores_nothing()
    {
        var admin = await App.ApiClientAsync("sanzhualun.admin");
        var thisYear = BeijingClock.Today.Year;
        var before = await StoredAsync("sanzhualun", thisYear);

        var message = await RefusedAsync(await admin.PostAsync($"/api/agencies/sanzhualun/reports/{thisYear}/publish", null, Ct), "year");

        Assert.Equal($"{thisYear}年尚未结束，年度报告须在年度结束后发布。", message);
        Assert.Equal(before, await StoredAsync("sanzhualun", thisYear));
        Assert.Null(before.Status); // not even a draft was created
    }

    [Fact]
    public async Task Publishing_with_an_unexplained_failed_check_is_refused_in_chinese_and_changes_nothing()
    {
        const int year = Year - 1;
        var admin = await App.ApiClientAsync("songjiang.admin");
        var unmarked = await NormativeAsync("songjiang", new DateOnly(year, 8, 1), Validity.NotApplicable); // fails t2.validity
        await PrepareAsync(admin, "songjiang", year);
        var before = await StoredAsync("songjiang", year);

        var message = await RefusedAsync(await admin.PostAsync($"/api/agencies/songjiang/reports/{year}/publish", null, Ct), "publish");

        Assert.StartsWith("核对未通过且未说明（t2.validity）：", message, StringComparison.Ordinal);
        Assert.Contains("#" + unmarked, message, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync("songjiang", year));
        Assert.Equal("Draft", before.Status);
    }

    [Fact]
    public async Task Publishing_with_a_missing_manual_figure_is_refused_in_chinese_and_changes_nothing()
    {
        const int year = Year - 1;
        var admin = await App.ApiClientAsync("zhoushang.admin");
        await PrepareAsync(admin, "zhoushang", year, skipFigure: "coercion.decisions");
        var before = await StoredAsync("zhoushang", year);

        var message = await RefusedAsync(await admin.PostAsync($"/api/agencies/zhoushang/reports/{year}/publish", null, Ct), "publish");

        Assert.Equal("尚有手工填报数据未填写：行政强制", message);
        Assert.Equal(before, await StoredAsync("zhoushang", year));
    }

    [Fact]
    public async Task Publishing_without_an_overview_is_refused_in_chinese_and_changes_nothing()
    {
        const int year = Year - 1;
        var admin = await App.ApiClientAsync("shimen.admin");
        await PrepareAsync(admin, "shimen", year, overview: false);
        var before = await StoredAsync("shimen", year);

        var message = await RefusedAsync(await admin.PostAsync($"/api/agencies/shimen/reports/{year}/publish", null, Ct), "publish");

        Assert.Equal("请填写“一、总体情况”（可先生成初稿再修改）。", message);
        Assert.Equal(before, await StoredAsync("shimen", year));
    }

    [Fact]
    public async Task A_period_outside_the_report_year_is_refused_in_chinese_and_changes_nothing()
    {
        const int year = Year - 1;
        var admin = await App.ApiClientAsync("sanzhualun.admin");
        await PrepareAsync(admin, "sanzhualun", year);
        var before = await StoredAsync("sanzhualun", year);

        var message = await RefusedAsync(
            await admin.PutAsJsonAsync($"/api/agencies/sanzhualun/reports/{year}", new { overview = "改写", periodFrom = new DateOnly(year - 1, 11, 1) }, Ct), "periodFrom");

        Assert.Equal($"统计起始日应在{year}年内（或上年12月）。", message);
        Assert.Equal(before, await StoredAsync("sanzhualun", year));
    }

    /// <summary>A published report is never published again nor rewritten: the narrative and the figures stay as published.</summary>
    [Theory]
    [InlineData(1, "/publish", null)]
    [InlineData(2, "", """{"overview":"发布后改写的总体情况。"}""")]
    [InlineData(3, "/figures", """{"license.decisions":"99"}""")]
    public async Task A_published_report_refuses_publishing_again_and_every_edit_in_chinese_and_changes_nothing(int yearsBack, string step, string? json)
    {
        var year = Year - yearsBack;
        var (admin, url) = await PublishedAsync(year);
        var before = await StoredAsync("shifan", year);

        var response = json is null
            ? await admin.PostAsync(url + step, null, Ct)
            : await admin.PutAsync(url + step, new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal("年度报告已发布，不能再修改。", await RefusedAsync(response, "status"));
        Assert.Equal(before, await StoredAsync("shifan", year));
    }

    /// <summary>The county government's own report of <paramref name="year"/>, complete and published by its admin.</summary>
    private async Task<(HttpClient Admin, string Url)> PublishedAsync(int year)
    {
        var admin = await App.ApiClientAsync("county.admin");
        await PrepareAsync(admin, "shifan", year);
        var url = $"/api/agencies/shifan/reports/{year}";
        Assert.Equal("Published", (await OkJsonAsync(await admin.PostAsync(url + "/publish", null, Ct))).GetProperty("status").GetString());
        return (admin, url);
    }
}

public sealed class ReportApiTestsOnSqlite(SqliteApp app) : ReportApiTests(app), IClassFixture<SqliteApp>;

public sealed class ReportApiTestsOnPostgreSql(PostgresApp app) : ReportApiTests(app), IClassFixture<PostgresApp>;
