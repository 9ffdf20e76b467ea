using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Core.Calendar;
using Gongkai.Core.Catalog;
using Gongkai.Core.Requests;
using Gongkai.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

public sealed class ReportJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string NormativeTitle = "石门镇农村建房管理暂行办法";

    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDir, name);

    [Fact]
    public async Task Township_admin_completes_and_publishes_last_years_report_which_the_public_and_the_supervisor_then_see()
    {
        var ct = TestContext.Current.CancellationToken;
        var today = BeijingClock.Today;
        var year = today.Year - 1;
        // 条例第四十九条: a township's report is due by 31 January.
        var overdue = today > new DateOnly(year + 1, 1, 31);
        await SeedShimenAsync(year);

        // The list: last year's report not started, flagged against its deadline; this year's counting down.
        var page = await fx.LoginAsync("shimen.admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "年度报告", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/reports");
        var lastYearRow = await page.Locator($"#report-list tr[data-agency='shimen'][data-year='{year}']").InnerTextAsync();
        Assert.Contains("未开始", lastYearRow);
        Assert.Contains(overdue ? "已逾期" : "距截止还有", lastYearRow);
        Assert.Contains("距截止还有", await page.Locator($"#report-list tr[data-agency='shimen'][data-year='{today.Year}']").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#report-list tr[data-agency='songjiang']").CountAsync());
        Assert.Equal(0, await page.Locator("#rollup-links").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = $"打开 石门镇人民政府 {year}年度报告" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/reports/shimen/{year}");
        Assert.Contains("未开始", await page.Locator("#report-status").InnerTextAsync());
        if (overdue)
        {
            Assert.Contains("已逾期", await page.Locator("#report-due").InnerTextAsync());
        }

        // The tables: table 三 counts the three requests; the manual figures are still missing.
        var t3 = page.Locator("#table-t3");
        Assert.Contains("本年新收政府信息公开申请数量", await t3.InnerTextAsync());
        Assert.Equal("3", (await t3.Locator("tr[data-row='t3.received'] td[data-column='总计']").InnerTextAsync()).Trim());
        Assert.Contains("待填报", await page.Locator("#table-t2-5").InnerTextAsync());

        // A computed figure drills down to the records it counts.
        await page.Locator("#table-t2-1 tr[data-row='t2.1.normative'] td[data-column='本年制发件数'] a").ClickAsync();
        await page.WaitForURLAsync("**/cell?*");
        Assert.Contains(NormativeTitle, await page.Locator("#cell-records").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "返回年度报告" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/reports/shimen/{year}");

        // Manual figures: one bad value refuses the whole form, the error sits next to its field, nothing is saved.
        var license = page.GetByLabel("行政许可：本年处理决定数量（件）");
        var penalty = page.GetByLabel("行政处罚：本年处理决定数量（件）");
        await license.FillAsync("0");
        await penalty.FillAsync("abc");
        await page.GetByLabel("行政强制：本年处理决定数量（件）").FillAsync("1");
        await page.GetByLabel("行政事业性收费：本年收费金额（万元）").FillAsync("12.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存填报数据" }).ClickAsync();
        Assert.Contains("请填写数字", await page.Locator("#figure_penalty_decisions-error").InnerTextAsync());
        Assert.Equal("", (await page.Locator("#figure_license_decisions-error").InnerTextAsync()).Trim());
        Assert.Equal("abc", await penalty.InputValueAsync());
        Assert.Equal("12.5", await page.GetByLabel("行政事业性收费：本年收费金额（万元）").InputValueAsync());
        Assert.Contains("待填报", await page.Locator("#table-t2-5 tr[data-row='t2.5.license']").InnerTextAsync());
        Assert.Equal(0, await fx.App.WithDbAsync(db => db.ReportFigures.CountAsync(ct)));

        await penalty.FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存填报数据" }).ClickAsync();
        Assert.Contains("已保存手工填报数据", await page.Locator("[role=status]").InnerTextAsync());
        var penaltyCell = await page.Locator("#table-t2-6 tr[data-row='t2.6.penalty'] td").First.InnerTextAsync();
        Assert.StartsWith("3", penaltyCell);
        Assert.Contains("shimen.admin", penaltyCell);
        Assert.Contains("12.5", await page.Locator("#table-t2-8").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".report-cell--missing[data-column]").CountAsync());
        Assert.Contains("草稿", await page.Locator("#report-status").InnerTextAsync());

        // The generated draft fills 一、总体情况 without saving it; the admin saves it.
        await page.GetByRole(AriaRole.Button, new() { Name = "生成初稿" }).ClickAsync();
        var overview = await page.GetByLabel("一、总体情况").InputValueAsync();
        Assert.Contains("石门镇人民政府", overview);
        Assert.Contains("主动公开", overview);
        Assert.Null(await fx.App.WithDbAsync(db => db.AnnualReports.Where(r => r.Year == year).Select(r => r.Overview).SingleAsync(ct)));
        await page.GetByRole(AriaRole.Button, new() { Name = "保存正文" }).ClickAsync();
        Assert.Contains("已保存正文", await page.Locator("[role=status]").InnerTextAsync());
        Assert.Equal(overview.ReplaceLineEndings("\n").Trim(), (await page.GetByLabel("一、总体情况").InputValueAsync()).ReplaceLineEndings("\n").Trim());

        // Publishing is refused while a check fails without an explanation (the request whose answer date was never
        // recorded cannot be placed in table 三); the failed check links to the request involved.
        await page.GetByRole(AriaRole.Button, new() { Name = "发布年度报告" }).ClickAsync();
        var blockers = await page.Locator("#publish-blockers").InnerTextAsync();
        Assert.Contains("核对未通过且未说明", blockers);
        var failedRules = await page.Locator("#checks li[data-passed='false']").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.rule)");
        Assert.NotEmpty(failedRules);
        Assert.Contains("requests.unplaced", failedRules);
        await page.ScreenshotAsync(new() { Path = Shot("report-publish-refused.png"), FullPage = true });

        await page.Locator("#checks li[data-rule='requests.unplaced']").GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/cell?check=*");
        Assert.Contains("依申请公开申请 #", await page.Locator("#cell-records").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "返回年度报告" }).ClickAsync();

        await page.GetByLabel("核对说明（不对外公开；每行一条，格式“规则：说明”）").FillAsync(
            string.Join("\n", failedRules.Select(r => $"{r}：该申请于纸质台账登记时漏录答复日期，经核实已于当年办结，系统记录正在补正。")));
        await page.GetByRole(AriaRole.Button, new() { Name = "保存正文" }).ClickAsync();
        Assert.Contains("已保存正文", await page.Locator("[role=status]").InnerTextAsync());
        Assert.Equal(failedRules.Length, await page.Locator("#checks li[data-passed='false'] .tag").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "发布年度报告" }).ClickAsync();
        Assert.Contains("年度报告已发布", await page.Locator("[role=status]").InnerTextAsync());
        Assert.Contains("已发布", await page.Locator("#report-status").InnerTextAsync());
        Assert.Contains(overdue ? "逾期发布" : "按时发布", await page.Locator("#report-due").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#figures-form").CountAsync());
        Assert.Equal(0, await page.Locator("#publish-form").CountAsync());
        await page.ScreenshotAsync(new() { Path = Shot("report-published-admin.png"), FullPage = true });
        await page.ScreenshotAsync(new() { Path = Shot("report-published-admin-top.png") });

        // The DOCX and XLSX download from the page and pass the OpenXML validator.
        var docx = await DownloadAsync(page, "下载DOCX", ".docx");
        using (var doc = WordprocessingDocument.Open(docx, false))
        {
            OpenXmlAssert.Valid(doc, FileFormatVersions.Office2010);
            Assert.Contains("石门镇人民政府", doc.MainDocumentPart!.Document!.Body!.InnerText);
        }

        var xlsx = await DownloadAsync(page, "下载XLSX", ".xlsx");
        using (var doc = SpreadsheetDocument.Open(xlsx, false))
        {
            OpenXmlAssert.Valid(doc, FileFormatVersions.Office2010);
        }

        File.Delete(docx);
        File.Delete(xlsx);

        // The public: from the township's home page to the reports, the multi-year chart, then the report itself.
        var visitor = await fx.NewPageAsync();
        await visitor.GotoAsync(fx.BaseUrl + "/shimen");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "政府信息公开工作年度报告", Exact = true }).ClickAsync();
        await visitor.WaitForURLAsync("**/shimen/reports");
        Assert.Contains($"{year}年政府信息公开工作年度报告", await visitor.Locator("#published-reports").InnerTextAsync());
        var chart = visitor.Locator("svg.report-chart[role='img']");
        Assert.Contains("主动公开条数", await chart.Locator("title").TextContentAsync());
        Assert.Equal(2, await chart.Locator($"g.report-chart__year[data-year='{year}'] rect.report-chart__bar").CountAsync());
        var history = await visitor.Locator("#history-table tr", new() { HasText = $"{year}年" }).First.InnerTextAsync();
        Assert.Matches(@"1\s+3\s+1", history); // 1 item published, 3 requests received, 1 decided
        await visitor.ScreenshotAsync(new() { Path = Shot("report-portal-list.png"), FullPage = true });

        await visitor.GetByRole(AriaRole.Link, new() { Name = $"{year}年政府信息公开工作年度报告" }).ClickAsync();
        await visitor.WaitForURLAsync($"**/shimen/reports/{year}");
        var article = visitor.Locator("article.annual-report");
        Assert.Contains("本年新收政府信息公开申请数量", await article.InnerTextAsync());
        Assert.Contains("石门镇人民政府", await article.InnerTextAsync());
        Assert.Equal(1, await visitor.Locator("#report-downloads").GetByRole(AriaRole.Link, new() { Name = "Word（DOCX）" }).CountAsync());
        await visitor.ScreenshotAsync(new() { Path = Shot("report-portal-report.png"), FullPage = true });

        // A draft (this year's) is not on the portal, nor is an unknown year.
        Assert.Equal(404, (await visitor.GotoAsync($"{fx.BaseUrl}/shimen/reports/{today.Year}"))!.Status);
        Assert.Equal(404, (await visitor.GotoAsync($"{fx.BaseUrl}/songjiang/reports/{year}"))!.Status);

        // The county supervisor's roll-up: 石门镇 published, the other townships not.
        var supervisor = await fx.LoginAsync("county.supervisor");
        await supervisor.GotoAsync(fx.BaseUrl + "/admin/reports");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = $"示范县人民政府 下属机关 {year}年度报告汇总" }).ClickAsync();
        await supervisor.WaitForURLAsync($"**/admin/reports/rollup/shifan/{year}");
        Assert.Contains("已发布", await supervisor.Locator("#rollup-status tr[data-agency='shimen']").InnerTextAsync());
        foreach (var other in new[] { "songjiang", "sanzhualun", "zhoushang", "shuangxi" })
        {
            var row = await supervisor.Locator($"#rollup-status tr[data-agency='{other}']").InnerTextAsync();
            Assert.DoesNotContain("已发布", row);
            Assert.Contains("未开始", row);
        }

        Assert.Contains("本年新收申请", await supervisor.Locator("#rollup-side thead").InnerTextAsync());
        Assert.Contains("3", await supervisor.Locator("#rollup-side tfoot").InnerTextAsync());
        Assert.Contains("本年新收政府信息公开申请数量", await supervisor.Locator("#table-t3").InnerTextAsync());
        await supervisor.ScreenshotAsync(new() { Path = Shot("report-rollup.png"), FullPage = true });

        // The supervisor reads, never edits: a township's unstarted report, and 石门镇's in the legacy layout.
        await supervisor.Locator("#rollup-status").GetByRole(AriaRole.Link, new() { Name = "松江乡人民政府" }).ClickAsync();
        await supervisor.WaitForURLAsync($"**/admin/reports/songjiang/{year}");
        Assert.Contains("只有本机关的机构管理员", await supervisor.Locator("#read-only").InnerTextAsync());
        Assert.Equal(0, await supervisor.Locator("#figures-form, #narrative-form, #publish-form").CountAsync());
        await supervisor.GotoAsync($"{fx.BaseUrl}/admin/reports/shimen/{year}?format=legacy");
        Assert.Contains("收到申请数", await supervisor.Locator("#table-legacy").InnerTextAsync());
        Assert.Contains("参考视图", await supervisor.Locator("#report-facts").InnerTextAsync());
    }

    private static async Task<string> DownloadAsync(IPage page, string link, string extension)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#exports").GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync());
        Assert.EndsWith(extension, download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}{extension}");
        await download.SaveAsAsync(path);
        return path;
    }

    /// <summary>
    /// 石门镇's records of <paramref name="year"/>: a 规范性文件 published in May, a request answered in March, one still open
    /// at the end of the year, and one marked answered whose answer date was never recorded (a data error the checks catch).
    /// </summary>
    private Task SeedShimenAsync(int year) => fx.App.WithDbAsync(async db =>
    {
        var ct = TestContext.Current.CancellationToken;
        var shimen = await db.Agencies.SingleAsync(a => a.Code == "shimen", ct);
        if (!await db.CatalogColumns.AnyAsync(c => c.AgencyId == shimen.Id, ct))
        {
            await SeedStandardColumns.RunAsync(db, shimen.Id, ct);
        }

        var guifan = await db.CatalogColumns.SingleAsync(c => c.AgencyId == shimen.Id && c.Key == "guifan", ct);
        var published = ChinaTime.At(new DateOnly(year, 5, 12), new TimeOnly(9, 30));
        db.CatalogItems.Add(new CatalogItem
        {
            AgencyId = shimen.Id, ColumnId = guifan.Id, IndexNumber = $"shimen/{year}-000001", Title = NormativeTitle, Publisher = shimen.Name,
            DocumentNumber = $"石府发〔{year}〕3号", WrittenOn = new DateOnly(year, 5, 8), PublishedAt = published, Validity = Validity.Effective,
            EffectiveOn = new DateOnly(year, 6, 1), BodyHtml = "<p>为规范农村建房管理，制定本办法。</p>", BodyText = "为规范农村建房管理，制定本办法。",
            Status = ItemStatus.Published, UpdatedAt = published, CreatedBy = "shimen.editor",
        });

        InfoRequest Request(string code, DateOnly received, RequestStatus status, string subject) => new()
        {
            AgencyId = shimen.Id, TrackingCode = code, QueryKeyHash = "test", Channel = RequestChannel.InPerson, ReceivedOn = received,
            SubmittedAt = ChinaTime.At(received, new TimeOnly(10, 0)), ApplicantType = ApplicantType.NaturalPerson,
            ApplicantName = "王五", Subject = subject, Description = subject, Delivery = DeliveryMethod.CollectInPerson, Status = status,
            DueOn = received.AddDays(28),
            Events = [new RequestEvent { Action = RequestAction.Submit, On = received, RecordedAt = ChinaTime.At(received, new TimeOnly(10, 0)), Actor = "shimen.editor" }],
        };

        var answered = Request("RPTA-0000-0001", new DateOnly(year, 3, 3), RequestStatus.Answered, "申请公开石门镇集镇规划图");
        answered.Outcome = RequestOutcome.Disclosed;
        answered.AnsweredOn = new DateOnly(year, 3, 20);
        var undated = Request("RPTA-0000-0002", new DateOnly(year, 6, 2), RequestStatus.Answered, "申请公开石门镇防汛物资采购清单");
        undated.Outcome = RequestOutcome.Disclosed; // answered, but the answer date was never recorded
        db.Requests.AddRange(answered, undated, Request("RPTA-0000-0003", new DateOnly(year, 12, 15), RequestStatus.InProgress, "申请公开石门镇低保名单"));
        await db.SaveChangesAsync(ct);
        return true;
    });
}
