using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

public sealed class CalendarJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Platform_admin_reads_a_year_computes_a_deadline_and_adds_a_missing_year()
    {
        var page = await fx.LoginAsync("admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "工作日历" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/calendar");

        await page.GetByLabel("年份").SelectOptionAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        var table = await page.Locator("#calendar-days").InnerTextAsync();
        Assert.Contains("2025年2月4日", table);
        Assert.Contains("2025年1月26日\t星期日\t调休上班", table);

        await page.GetByLabel("收到日期").FillAsync("2025-01-20");
        await page.GetByLabel("工作日数").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "计算" }).ClickAsync();
        Assert.Contains("2025年2月21日", await page.Locator("#due-result").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "admin-calendar-2025.png"), FullPage = true });

        // A year nobody has entered is flagged with its statutory days, and deadlines in it say they are provisional.
        await page.GotoAsync(fx.BaseUrl + "/admin/calendar?year=2032&from=2032-09-28&days=3");
        Assert.Contains("2032 年没有节假日数据", await page.Locator("#calendar-missing").InnerTextAsync());
        Assert.Contains("2032年10月1日", await page.Locator("#calendar-statutory").InnerTextAsync());
        Assert.Contains("2032年节假日安排尚未公布", await page.Locator("#due-result").InnerTextAsync());

        // A bad line is refused with its line number; nothing is saved.
        await page.GetByLabel("来源（通知名称或文号）").FillAsync("测试通知");
        await page.GetByLabel("节假日数据").FillAsync("2032,2032-10-01,holiday,国庆节\n2032,2032-10-08,workday,国庆节");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        Assert.Contains("第2行", await page.Locator("#content-error").InnerTextAsync());
        Assert.Contains("2032 年没有节假日数据", await page.Locator("#calendar-missing").InnerTextAsync());

        await page.GetByLabel("节假日数据").FillAsync("2032,2032-10-01,holiday,国庆节\n2032,2032-10-09,workday,国庆节");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        Assert.Contains("已保存 2032 年", await page.Locator("[role=status]").InnerTextAsync());
        Assert.Contains("2032年10月9日", await page.Locator("#calendar-days").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "admin-calendar-added-year.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "审计日志" }).ClickAsync();
        Assert.Contains("CalendarYearOverride", await page.Locator("#audit-table").InnerTextAsync());
    }
}
