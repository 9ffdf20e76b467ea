using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

/// <summary>
/// The real app on Kestrel (port 0, temp SQLite file, demo seeded) and Debian's Chromium driven by Playwright.
/// Screenshots go to $GONGKAI_ARTIFACTS/screenshots (test.sh sets it) so a person can look at them.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public GongkaiFactory App { get; } = new(DbKind.Sqlite);

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static string ScreenshotDir
    {
        get
        {
            var dir = Path.Combine(Environment.GetEnvironmentVariable("GONGKAI_ARTIFACTS") ?? Path.GetTempPath(), "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public async ValueTask InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(phone
            ? new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, Locale = "zh-CN" }
            : new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        return await context.NewPageAsync();
    }

    /// <summary>A new page logged in as a demo account through the real login form.</summary>
    public async Task<IPage> LoginAsync(string userName, bool phone = false)
    {
        var page = await NewPageAsync(phone);
        await page.GotoAsync(BaseUrl + "/account/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(Gongkai.Web.Features.Demo.DemoSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
