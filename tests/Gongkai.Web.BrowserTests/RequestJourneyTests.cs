using Microsoft.Playwright;

namespace Gongkai.Web.BrowserTests;

public sealed class RequestJourneyTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static string Shot(string name) => Path.Combine(BrowserFixture.ScreenshotDir, name);

    [Fact]
    public async Task Citizen_submits_online_on_a_phone_then_a_handler_answers_and_the_citizen_sees_it()
    {
        // The citizen: from the township's portal to the form.
        var phone = await fx.NewPageAsync(phone: true);
        await phone.GotoAsync(fx.BaseUrl + "/songjiang");
        await phone.GetByRole(AriaRole.Link, new() { Name = "依申请公开" }).First.ClickAsync();
        await phone.WaitForURLAsync("**/songjiang/apply");

        // Submitting an empty form changes nothing and says what is missing, per field.
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        Assert.Contains("请选择申请人类型", await phone.Locator("#Input_ApplicantType-error").InnerTextAsync());
        Assert.Contains("请填写所需信息的名称", await phone.Locator("#Input_Subject-error").InnerTextAsync());

        await phone.GetByLabel("申请人类型").SelectOptionAsync("NaturalPerson");
        await phone.GetByLabel("姓名或单位名称").FillAsync("李四<script>alert(1)</script>");
        await phone.GetByLabel("证件类型（公民填写）").SelectOptionAsync("居民身份证");
        await phone.GetByLabel("证件号码（公民填写）").FillAsync("11010519491231002X");
        await phone.GetByLabel("联系电话").FillAsync("13800138000");
        await phone.GetByLabel("电子邮箱").FillAsync("lisi@example.com");
        await phone.GetByLabel("所需信息的名称").FillAsync("2026年松江乡征地补偿标准");
        await phone.GetByLabel("所需信息的内容描述（文号、时间、范围等，越具体越便于查找）").FillAsync("请提供2026年本乡征地补偿标准文件及发放名单。");
        await phone.GetByLabel("获取信息的方式").SelectOptionAsync("Email");
        await phone.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        var code = await phone.Locator("#tracking-code").InnerTextAsync();
        var key = await phone.Locator("#query-key").InnerTextAsync();
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$", code);
        await phone.ScreenshotAsync(new() { Path = Shot("request-receipt-phone.png"), FullPage = true });

        // The handler: queue → request → 补正 → 收到补正 → 延期 → 附件 → 部分公开.
        var page = await fx.LoginAsync("songjiang.handler");
        await page.GetByRole(AriaRole.Link, new() { Name = "依申请公开" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        Assert.Contains("当日不计入", await page.Locator("#clock-steps").InnerTextAsync());
        // The name typed with markup is shown as text, never run.
        Assert.Contains("李四<script>", await page.Locator("main").InnerTextAsync());

        async Task StepAsync(string action, Func<Task>? fill = null)
        {
            await page.GetByLabel("办理操作").SelectOptionAsync(new SelectOptionValue { Label = action });
            if (fill is not null)
            {
                await fill();
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "确认办理" }).ClickAsync();
        }

        await StepAsync("告知补正");
        Assert.Contains("请填写说明", await page.Locator("#Step_Note-error").InnerTextAsync());
        await StepAsync("告知补正", () => page.GetByLabel("说明（补正、延期、征求意见、作废时必填）").FillAsync("请写明名单所涉村组"));
        Assert.Contains("待补正", await page.Locator("#request-status").InnerTextAsync());
        Assert.Contains("计时暂停", await page.Locator("#request-due").InnerTextAsync());
        await StepAsync("收到补正");
        await StepAsync("延期答复", async () =>
        {
            await page.GetByLabel("说明（补正、延期、征求意见、作废时必填）").FillAsync("需调取档案");
            await page.GetByLabel("工作日数（延期天数或补正期限）").FillAsync("20");
            await page.GetByLabel("批准延期的负责人").FillAsync("张主任");
        });
        Assert.Contains("延长答复期限20个工作日", await page.Locator("#clock-steps").InnerTextAsync());

        var pdf = Path.Combine(Path.GetTempPath(), $"补偿标准-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n", TestContext.Current.CancellationToken);
        await page.GetByLabel("上传答复附件（PDF、DOCX、XLSX、PNG、JPG，不超过20MB）").SetInputFilesAsync(pdf);
        await page.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();
        Assert.Contains(Path.GetFileName(pdf), await page.Locator("#attachments").InnerTextAsync());

        await StepAsync("答复", async () =>
        {
            await page.GetByLabel("答复类型").SelectOptionAsync("PartiallyDisclosed");
            await page.GetByLabel("法律依据").FillAsync("《中华人民共和国政府信息公开条例》第三十七条");
            await page.GetByLabel("答复内容").FillAsync("补偿标准予以公开；名单中的身份证号码不予公开。");
        });
        Assert.Contains("已答复", await page.Locator("#request-status").InnerTextAsync());
        Assert.Contains("（部分公开", await page.Locator("#request-facts").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot("request-answered.png"), FullPage = true });

        // The answer letter downloads as a DOCX the OpenXML validator accepts.
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator("#letters li", new() { HasText = "答复书" }).GetByRole(AriaRole.Link, new() { Name = "下载DOCX" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename);
        var docxPath = Path.Combine(Path.GetTempPath(), download.SuggestedFilename);
        await download.SaveAsAsync(docxPath);
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docxPath, false))
        {
            OpenXmlAssert.Valid(doc, DocumentFormat.OpenXml.FileFormatVersions.Office2010);
            Assert.Contains("名单中的身份证号码不予公开", doc.MainDocumentPart!.Document!.Body!.InnerText);
        }

        // The citizen tracks it with the code and key; a wrong key shows nothing.
        await phone.GotoAsync(fx.BaseUrl + "/track");
        await phone.GetByLabel("查询码").FillAsync(code);
        await phone.GetByLabel("查询密码").FillAsync("WRONGKEY00");
        await phone.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        Assert.Contains("不正确", await phone.Locator("#track-error").InnerTextAsync());
        await phone.GetByLabel("查询密码").FillAsync(key);
        await phone.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        Assert.Contains("已答复", await phone.Locator("#track-status").InnerTextAsync());
        var steps = await phone.Locator("#track-steps").InnerTextAsync();
        Assert.Contains("告知补正", steps);
        Assert.Contains("延期答复", steps);
        var result = await phone.Locator("#track-result").InnerTextAsync();
        Assert.DoesNotContain("李四", result);
        Assert.DoesNotContain("张主任", result);
        await phone.ScreenshotAsync(new() { Path = Shot("request-tracking-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task A_handler_corrects_a_registration_mistake_then_voids_a_duplicate_and_an_overdue_request_says_so()
    {
        var page = await fx.LoginAsync("songjiang.handler");
        var today = BeijingClock.Today;

        // A walk-in request registered with a typo in its subject.
        await page.GotoAsync(fx.BaseUrl + "/admin/requests/new?agency=songjiang");
        await page.GetByLabel("申请渠道").SelectOptionAsync("InPerson");
        await page.GetByLabel("收到申请之日").FillAsync(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("申请人类型").SelectOptionAsync("NaturalPerson");
        await page.GetByLabel("姓名或单位名称").FillAsync("王五");
        await page.GetByLabel("证件类型（公民填写）").SelectOptionAsync("居民身份证");
        await page.GetByLabel("证件号码（公民填写）").FillAsync("11010519491231002X");
        await page.GetByLabel("联系电话").FillAsync("13900139000");
        await page.GetByLabel("所需信息的名称").FillAsync("松江乡道路硬化工成资金");
        await page.GetByLabel("所需信息的内容描述（文号、时间、范围等，越具体越便于查找）").FillAsync("请提供本乡道路硬化工程的资金拨付情况。");
        await page.GetByLabel("获取信息的方式").SelectOptionAsync("CollectInPerson");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "打开申请" }).ClickAsync();

        // 更正登记信息: without a reason nothing changes; with one the subject is fixed.
        await page.GetByRole(AriaRole.Link, new() { Name = "更正登记信息" }).ClickAsync();
        await page.GetByLabel("所需信息的名称").FillAsync("松江乡道路硬化工程资金");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存更正" }).ClickAsync();
        Assert.Contains("请填写更正原因", await page.Locator("#Reason-error").InnerTextAsync());
        await page.GetByLabel("更正原因").FillAsync("登记时主题有错别字");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存更正" }).ClickAsync();
        Assert.Equal("松江乡道路硬化工程资金", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("更正登记信息", await page.Locator("main").InnerTextAsync());
        var url = page.Url;

        // The same request registered twice by mistake is voided with a reason and leaves the queue.
        await page.GetByLabel("办理操作").SelectOptionAsync(new SelectOptionValue { Label = "作废（登记错误）" });
        await page.GetByRole(AriaRole.Button, new() { Name = "确认办理" }).ClickAsync();
        Assert.Contains("请填写作废原因", await page.Locator("#Step_Note-error").InnerTextAsync());
        await page.GetByLabel("办理操作").SelectOptionAsync(new SelectOptionValue { Label = "作废（登记错误）" });
        await page.GetByLabel("说明（补正、延期、征求意见、作废时必填）").FillAsync("同一申请重复登记");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认办理" }).ClickAsync();
        Assert.Contains("已作废", await page.Locator("#request-status").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Shot("request-voided.png"), FullPage = true });
        await page.GotoAsync(fx.BaseUrl + "/admin/requests?agency=songjiang&all=true");
        Assert.DoesNotContain("松江乡道路硬化工程资金", await page.Locator("main").InnerTextAsync());

        // A letter received 25 working days ago and never answered: the page says it is overdue and refuses an
        // extension, in Chinese, on a phone.
        var received = WorkingDays.Before(today, 25).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var phone = await fx.LoginAsync("songjiang.handler", phone: true);
        await phone.GotoAsync(fx.BaseUrl + "/admin/requests/new?agency=songjiang");
        await phone.GetByLabel("申请渠道").SelectOptionAsync("RegisteredLetter");
        await phone.GetByLabel("收到申请之日").FillAsync(received);
        await phone.GetByLabel("申请人类型").SelectOptionAsync("NaturalPerson");
        await phone.GetByLabel("姓名或单位名称").FillAsync("赵六");
        await phone.GetByLabel("证件类型（公民填写）").SelectOptionAsync("居民身份证");
        await phone.GetByLabel("证件号码（公民填写）").FillAsync("11010519491231002X");
        await phone.GetByLabel("通信地址").FillAsync("示范县松江乡");
        await phone.GetByLabel("所需信息的名称").FillAsync("松江乡农村宅基地审批情况");
        await phone.GetByLabel("所需信息的内容描述（文号、时间、范围等，越具体越便于查找）").FillAsync("请提供本乡宅基地审批名单。");
        await phone.GetByLabel("获取信息的方式").SelectOptionAsync("Post");
        await phone.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "打开申请" }).ClickAsync();
        await phone.GetByLabel("办理操作").SelectOptionAsync(new SelectOptionValue { Label = "受理" });
        await phone.GetByLabel("办理日期（默认今天）").FillAsync(received);
        await phone.GetByRole(AriaRole.Button, new() { Name = "确认办理" }).ClickAsync();
        Assert.Contains("已逾期", await phone.Locator("#request-lateness").InnerTextAsync());
        await phone.GetByLabel("办理操作").SelectOptionAsync(new SelectOptionValue { Label = "延期答复" });
        await phone.GetByLabel("说明（补正、延期、征求意见、作废时必填）").FillAsync("需调取档案");
        await phone.GetByLabel("工作日数（延期天数或补正期限）").FillAsync("20");
        await phone.GetByLabel("批准延期的负责人").FillAsync("张主任");
        await phone.GetByRole(AriaRole.Button, new() { Name = "确认办理" }).ClickAsync();
        Assert.Contains("不能再延期", await phone.Locator("#Step_Action-error").InnerTextAsync());
        await phone.ScreenshotAsync(new() { Path = Shot("request-overdue-extension-refused-phone.png"), FullPage = true });
        Assert.NotEqual(url, phone.Url);
    }
}
