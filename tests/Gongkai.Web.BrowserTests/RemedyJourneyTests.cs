using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

public sealed class RemedyJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Handler_registers_a_lawsuit_after_reconsideration_and_records_its_result()
    {
        var today = BeijingClock.Today;
        var page = await fx.LoginAsync("songjiang.handler");
        await page.GetByRole(AriaRole.Link, new() { Name = "复议诉讼投诉" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/remedies");

        // An empty form is refused per field, in Chinese.
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        Assert.Contains("请选择类型", await page.Locator("#Input_Kind-error").InnerTextAsync());
        Assert.Contains("请填写", await page.Locator("#Input_FiledOn-error").InnerTextAsync());

        await page.GetByLabel("类型").SelectOptionAsync(new SelectOptionValue { Label = "行政诉讼（复议后起诉）" });
        await page.GetByLabel("案号（可不填）").FillAsync("（2026）示行初8号");
        await page.GetByLabel("复议机关、法院或受理投诉的机关").FillAsync("示范县人民法院");
        await page.GetByLabel("申请复议、起诉或投诉的日期").FillAsync(today.AddDays(-20).ToString("yyyy-MM-dd"));
        await page.GetByLabel("所涉申请的查询码（可不填）").FillAsync("ZZZZ-ZZZZ-ZZZZ");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        Assert.Contains("找不到本机关的该申请", await page.Locator("#Input_RequestCode-error").InnerTextAsync());

        await page.GetByLabel("所涉申请的查询码（可不填）").FillAsync("");
        await page.GetByLabel("案情摘要（可不填）").FillAsync("原告不服复议决定，向法院起诉。");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        Assert.Contains("已完成：登记行政诉讼（复议后起诉）", await page.Locator("[role=status]").InnerTextAsync());
        var table = await page.Locator("#remedy-table").InnerTextAsync();
        Assert.Contains("（2026）示行初8号", table);
        Assert.Contains("尚未审结", table);

        await page.GetByRole(AriaRole.Link, new() { Name = "记录结果 行政诉讼（复议后起诉） （2026）示行初8号" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/remedies/*");

        // A decided result needs its date.
        await page.GetByLabel("结果", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "结果维持" });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存结果" }).ClickAsync();
        Assert.Contains("请填写审结日期", await page.Locator("#Input_DecidedOn-error").InnerTextAsync());

        await page.GetByLabel("审结日期（复议决定、判决或处理结果作出之日；尚未审结的不填）").FillAsync(today.ToString("yyyy-MM-dd"));
        await page.GetByLabel("案情和结果摘要").FillAsync("法院判决驳回原告诉讼请求。");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存结果" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/remedies?*");
        Assert.Contains("结果维持", await page.Locator("[role=status]").InnerTextAsync());
        table = await page.Locator("#remedy-table").InnerTextAsync();
        Assert.Contains("结果维持", table);
        Assert.Contains(today.ToString("yyyy-MM-dd"), table);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "admin-remedies.png"), FullPage = true });
    }
}
