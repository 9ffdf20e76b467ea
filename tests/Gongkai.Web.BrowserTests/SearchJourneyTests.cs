using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

public sealed class SearchJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDir, name);

    [Fact]
    public async Task A_citizen_searches_in_traditional_and_finds_the_simplified_document_highlighted()
    {
        // An editor publishes a 工作动态 (no 审批 step) in Simplified.
        var editor = await fx.LoginAsync("shimen.editor");
        await editor.GetByRole(AriaRole.Link, new() { Name = "主动公开" }).ClickAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "新建公开信息" }).ClickAsync();
        await editor.GetByLabel("栏目").SelectOptionAsync(new SelectOptionValue { Label = "工作动态" });
        await editor.GetByLabel("标题").FillAsync("石门镇公布集体土地征地补偿标准");
        await editor.Locator("#Form_BodyHtml").FillAsync("<p>石门镇西山村集体土地征地补偿标准按区片综合地价执行，补偿款于三十日内足额发放。</p>");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "提交保密审查" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "保密审查通过" }).ClickAsync();
        Assert.Contains("已发布", await editor.Locator("#item-status").InnerTextAsync());

        // A citizen on a phone types Traditional characters into the box every portal page has.
        var citizen = await fx.NewPageAsync(phone: true);
        await citizen.GotoAsync(fx.BaseUrl + "/shimen");
        var found = false;
        for (var attempt = 0; attempt < 20 && !found; attempt++)
        {
            // The index follows the database within seconds; a citizen would search again.
            await citizen.GetByLabel("搜索公开信息").FillAsync("徵地補償標準");
            await citizen.GetByLabel("搜索公开信息").PressAsync("Enter");
            await citizen.WaitForURLAsync("**/search?**");
            found = await citizen.Locator("#search-results li").CountAsync() > 0;
            if (!found)
            {
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }
        }

        Assert.True(found, "the published item was not found within 10 s");
        var first = citizen.Locator("#search-results li").First;
        Assert.Contains("石门镇公布集体土地征地补偿标准", await first.InnerTextAsync());
        var marks = await first.Locator("mark").AllInnerTextsAsync();
        Assert.Contains(marks, m => m.Contains("征地", StringComparison.Ordinal) || m.Contains("补偿", StringComparison.Ordinal));
        Assert.Contains("找到", await citizen.Locator("#search-summary").InnerTextAsync());
        Assert.Contains("石门镇人民政府", await citizen.Locator("#facets").InnerTextAsync());
        await citizen.ScreenshotAsync(new() { Path = Shot("search-traditional-query-phone.png"), FullPage = true });

        // In 繁體 mode the same results read in Traditional, still highlighted.
        await citizen.Locator("#script-switch").ClickAsync();
        var traditional = await citizen.Locator("#search-results").InnerTextAsync();
        Assert.Contains("徵地補償", traditional);
        Assert.True(await citizen.Locator("#search-results mark").CountAsync() > 0);
        await citizen.Locator("#script-switch").ClickAsync();

        // Open the result: the item page.
        await citizen.Locator("#search-results li a").First.ClickAsync();
        Assert.Contains("区片综合地价", await citizen.Locator("main").InnerTextAsync());

        // Empty and syntax-breaking queries: a message, no error page.
        await citizen.GotoAsync(fx.BaseUrl + "/search?q=");
        Assert.Contains("请输入要搜索的内容", await citizen.Locator("main").InnerTextAsync());
        await citizen.GotoAsync(fx.BaseUrl + "/search?q=" + Uri.EscapeDataString("((([[[{{{*?:^~!\""));
        Assert.Contains("搜索公开信息", await citizen.Locator("h1").InnerTextAsync());
        await citizen.ScreenshotAsync(new() { Path = Shot("search-bad-query-phone.png"), FullPage = true });
    }
}
