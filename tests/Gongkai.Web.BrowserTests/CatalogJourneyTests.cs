using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

public sealed class CatalogJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDir, name);

    [Fact]
    public async Task Editor_masks_an_id_number_reviewer_and_approver_pass_it_and_a_citizen_reads_it_in_traditional()
    {
        var editor = await fx.LoginAsync("songjiang.editor");
        await editor.GetByRole(AriaRole.Link, new() { Name = "主动公开" }).ClickAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "新建公开信息" }).ClickAsync();
        await editor.GetByLabel("栏目").SelectOptionAsync(new SelectOptionValue { Label = "社会救助" });
        await editor.GetByLabel("标题").FillAsync("松江乡2026年临时救助发放公示");
        await editor.GetByLabel("文号").FillAsync("松政发〔2026〕8号");
        await editor.Locator("#Form_BodyHtml").FillAsync("<p>经审核，以下人员获得临时救助：</p><p>王五 11010519491231002X 救助金额800元</p>");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        Assert.Contains("姓名及身份证号码", await editor.Locator("#findings").InnerTextAsync());

        // The scan blocks submission.
        await editor.GetByRole(AriaRole.Button, new() { Name = "提交保密审查" }).ClickAsync();
        Assert.Contains("请先遮盖", await editor.Locator("#Findings-error").InnerTextAsync());
        Assert.Contains("草稿", await editor.Locator("#item-status").InnerTextAsync());
        await editor.ScreenshotAsync(new() { Path = Shot("catalog-scan-blocked.png"), FullPage = true });

        await editor.GetByRole(AriaRole.Button, new() { Name = "按标准方式遮盖标题和正文中的敏感信息" }).ClickAsync();
        Assert.Contains("未发现", await editor.Locator("#scan-clean").InnerTextAsync());

        // Every version is kept: the masking shows as a change against the previous version.
        await editor.GetByRole(AriaRole.Link, new() { Name = "与上一版比较" }).ClickAsync();
        Assert.Contains("11010519491231002X", await editor.Locator("#diff li.diff-removed").AllInnerTextsAsync().ContinueWith(t => string.Join("\n", t.Result)));
        Assert.Contains("1101**********002X", await editor.Locator("#diff li.diff-added").AllInnerTextsAsync().ContinueWith(t => string.Join("\n", t.Result)));
        await editor.GoBackAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "提交保密审查" }).ClickAsync();
        Assert.Contains("待保密审查", await editor.Locator("#item-status").InnerTextAsync());
        var itemUrl = editor.Url.Split('?')[0];

        var reviewer = await fx.LoginAsync("songjiang.reviewer");
        await reviewer.GotoAsync(itemUrl);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "保密审查通过" }).ClickAsync();
        Assert.Contains("待审批", await reviewer.Locator("#item-status").InnerTextAsync());

        var approver = await fx.LoginAsync("songjiang.approver");
        await approver.GotoAsync(itemUrl);
        await approver.GetByRole(AriaRole.Button, new() { Name = "审批通过" }).ClickAsync();
        Assert.Contains("已发布", await approver.Locator("#item-status").InnerTextAsync());
        var facts = await approver.Locator("#item-facts").InnerTextAsync();
        Assert.Matches(@"songjiang/20\d\d-\d{6}", facts);
        await approver.ScreenshotAsync(new() { Path = Shot("catalog-published.png"), FullPage = true });

        // The printable 主动公开审批表 records who reviewed and who approved.
        await approver.GotoAsync(itemUrl + "/form");
        var form = await approver.Locator("#approval-form").InnerTextAsync();
        Assert.Contains("songjiang.reviewer", form);
        Assert.Contains("songjiang.approver", form);
        Assert.Contains("松政发〔2026〕8号", form);
        await approver.ScreenshotAsync(new() { Path = Shot("catalog-approval-form.png"), FullPage = true });

        // A citizen on a phone reads it on the portal, then in Traditional script; the ID number is masked.
        var citizen = await fx.NewPageAsync(phone: true);
        await citizen.GotoAsync(fx.BaseUrl + "/songjiang/catalog");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "社会救助" }).First.ClickAsync();
        await citizen.GetByRole(AriaRole.Link, new() { Name = "松江乡2026年临时救助发放公示" }).ClickAsync();
        var main = await citizen.Locator("main").InnerTextAsync();
        Assert.Contains("松政发〔2026〕8号", main);
        Assert.Contains("1101**********002X", main);
        Assert.DoesNotContain("11010519491231002X", main);
        await citizen.Locator("#script-switch").ClickAsync();
        main = await citizen.Locator("main").InnerTextAsync();
        Assert.Contains("臨時救助發放公示", main);
        await citizen.ScreenshotAsync(new() { Path = Shot("portal-item-traditional-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task A_secret_document_cannot_be_masked_or_submitted_and_the_reviewer_decides_not_to_publish_it()
    {
        var editor = await fx.LoginAsync("songjiang.editor");
        await editor.GotoAsync(fx.BaseUrl + "/admin/catalog/new?agency=songjiang");
        await editor.GetByLabel("栏目").SelectOptionAsync(new SelectOptionValue { Label = "社会救助" });
        await editor.GetByLabel("标题").FillAsync("关于做好防汛物资储备的通知");
        await editor.Locator("#Form_BodyHtml").FillAsync("<p>秘密★1年</p><p>各村委会：请做好防汛物资储备。</p>");
        await editor.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();

        // The page says why there is no masking for it.
        Assert.Contains("涉密信息不上网：含密级标识的文件不得公开，不能通过遮盖处理", await editor.Locator("#findings").InnerTextAsync());
        Assert.Equal(0, await editor.GetByRole(AriaRole.Button, new() { Name = "按标准方式遮盖标题和正文中的敏感信息" }).CountAsync());
        await editor.GetByRole(AriaRole.Button, new() { Name = "提交保密审查" }).ClickAsync();
        Assert.Contains("不能提交审查", await editor.Locator("#Findings-error").InnerTextAsync());
        Assert.Contains("草稿", await editor.Locator("#item-status").InnerTextAsync());
        await editor.ScreenshotAsync(new() { Path = Shot("catalog-secret-refused.png"), FullPage = true });
        var itemUrl = editor.Url.Split('?')[0];

        var reviewer = await fx.LoginAsync("songjiang.reviewer");
        await reviewer.GotoAsync(itemUrl);
        await reviewer.Locator("#Comment").FillAsync("属于国家秘密，依据条例第十四条不予公开");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "不予公开" }).ClickAsync();
        Assert.Contains("不予公开", await reviewer.Locator("#item-status").InnerTextAsync());
        Assert.Contains("条例第十四条", await reviewer.Locator("#withheld-reason").InnerTextAsync());
        await reviewer.ScreenshotAsync(new() { Path = Shot("catalog-withheld.png"), FullPage = true });
    }
}
