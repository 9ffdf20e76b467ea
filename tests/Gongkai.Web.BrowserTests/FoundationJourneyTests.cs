using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

public sealed class FoundationJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Demo_admin_logs_in_and_opens_the_back_office()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync(fx.BaseUrl + "/admin");
        Assert.Contains("/account/login", page.Url);

        // Wrong password first: a Chinese message, still on the login page.
        await page.GetByLabel("用户名").FillAsync("admin");
        await page.GetByLabel("密码").FillAsync("wrong-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        Assert.Contains("用户名或密码不正确", await page.Locator("[role=alert]").First.InnerTextAsync());

        await page.GetByLabel("用户名").FillAsync("admin");
        await page.GetByLabel("密码").FillAsync(Gongkai.Web.Features.Demo.DemoSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        Assert.Contains("平台管理员", await page.Locator("#current-user").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "机构管理" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/agencies");
        Assert.Contains("三爪仑乡人民政府", await page.Locator("#agency-table").InnerTextAsync());

        // Create an agency through the form; a duplicate code is refused with a field-level message.
        await page.GetByLabel("机构名称").FillAsync("重复代码测试");
        await page.GetByLabel("层级").SelectOptionAsync("Township");
        await page.GetByLabel("机构代码（网址用，如 songjiang）").FillAsync("songjiang");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建" }).ClickAsync();
        Assert.Contains("已存在", await page.Locator("#Input_Code-error").InnerTextAsync());
        await page.GetByLabel("机构代码（网址用，如 songjiang）").FillAsync("huangling");
        await page.GetByLabel("机构名称").FillAsync("黄岭乡人民政府");
        await page.GetByLabel("上级机构").SelectOptionAsync("shifan");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建" }).ClickAsync();
        Assert.Contains("已新建机构“黄岭乡人民政府”", await page.Locator("[role=status]").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "审计日志" }).ClickAsync();
        Assert.Contains("黄岭乡人民政府", await page.Locator("#audit-table").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "admin-audit.png"), FullPage = true });
    }

    [Fact]
    public async Task Citizen_switches_the_portal_to_traditional_script_and_care_mode_on_a_phone()
    {
        var page = await fx.NewPageAsync(phone: true);
        await page.GotoAsync(fx.BaseUrl + "/songjiang");
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("信息公开指南", await page.Locator("main").InnerTextAsync());
        var normalSize = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('main h1')).fontSize)");

        await page.Locator("#script-switch").ClickAsync();
        await page.WaitForURLAsync("**/songjiang");
        Assert.Equal("zh-Hant", await page.Locator("html").GetAttributeAsync("lang"));
        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("信息公開指南", main);
        Assert.Contains("聯繫我們", main);
        Assert.Contains("松江鄉人民政府", await page.Locator("header").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "portal-traditional-phone.png"), FullPage = true });

        await page.Locator("#care-switch").ClickAsync();
        await page.WaitForURLAsync("**/songjiang");
        Assert.Contains("care", await page.Locator("body").GetAttributeAsync("class") ?? "");
        var careSize = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('main h1')).fontSize)");
        Assert.True(careSize >= normalSize * 1.3, $"care mode should enlarge text: {normalSize}px → {careSize}px");
        Assert.Equal("true", await page.Locator("#care-switch").GetAttributeAsync("aria-pressed"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDir, "portal-care-traditional-phone.png"), FullPage = true });

        // Keyboard users reach the content first through the skip link.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("跳到正文", await page.EvaluateAsync<string>("document.activeElement.textContent"));

        // And back to Simplified.
        await page.Locator("#script-switch").ClickAsync();
        Assert.Equal("zh-CN", await page.Locator("html").GetAttributeAsync("lang"));
    }
}
