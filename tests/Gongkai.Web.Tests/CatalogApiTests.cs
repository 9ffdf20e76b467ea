using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gongkai.Core.Catalog;
using Gongkai.Web.Features.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>主动公开 through the JSON API: drafts, the scan, the review chain, 索引号, withdrawal, isolation.</summary>
public abstract class CatalogApiTests(AppFixture fixture)
{
    private GongkaiFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> ColumnAsync(HttpClient client, string agency, string key)
    {
        var columns = await (await client.GetAsync($"/api/agencies/{agency}/catalog/columns", Ct)).JsonAsync();
        return columns.EnumerateArray().Single(c => c.GetProperty("key").GetString() == key).GetProperty("id").GetInt32();
    }

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage r)
    {
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await r.JsonAsync();
    }

    private async Task<int> DraftAsync(HttpClient editor, string agency, string column, string title, string body, object? extra = null)
    {
        var columnId = await ColumnAsync(editor, agency, column);
        var r = await editor.PostAsJsonAsync($"/api/agencies/{agency}/catalog/items", new
        {
            columnId, title, bodyHtml = body, documentNumber = "松政发〔2026〕3号", writtenOn = "2026-03-01", topic = "社会救助", keywords = "低保 救助",
            validity = column == "guifan" ? "Effective" : (string?)null, effectiveOn = column == "guifan" ? "2026-03-01" : null,
        }, Ct);
        return (await OkJsonAsync(r)).GetProperty("id").GetInt32();
    }

    private static Task<HttpResponseMessage> StepAsync(HttpClient c, int id, string action, string? comment = null, bool withFindings = false) =>
        c.PostAsJsonAsync($"/api/catalog/items/{id}/steps", new { action, comment, withFindings }, Ct);

    [Fact]
    public async Task An_id_number_blocks_submission_until_masked_then_review_and_approval_publish_with_an_index_number()
    {
        var editor = await App.ApiClientAsync("songjiang.editor");
        var id = await DraftAsync(editor, "songjiang", "jiuzhu", "2026年第一季度低保发放名单", "<p>张三 11010519491231002X 发放金额 650 元</p><p>联系电话 13800138000</p>");

        var blocked = await StepAsync(editor, id, "SubmitForReview");
        Assert.Equal(HttpStatusCode.BadRequest, blocked.StatusCode);
        Assert.Contains(await blocked.FieldErrorsAsync("Findings"), m => m.Contains("请先遮盖", StringComparison.Ordinal));
        var item = await (await editor.GetAsync($"/api/catalog/items/{id}", Ct)).JsonAsync();
        Assert.True(item.GetProperty("findings").GetArrayLength() >= 2);

        var masked = await OkJsonAsync(await editor.PostAsync($"/api/catalog/items/{id}/mask", null, Ct));
        Assert.Equal(0, masked.GetProperty("findings").GetArrayLength());
        Assert.DoesNotContain("11010519491231002X", masked.GetProperty("bodyHtml").GetString());
        Assert.Contains("1101**********002X", masked.GetProperty("bodyHtml").GetString());
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(editor, id, "SubmitForReview")).StatusCode);

        // Each step belongs to its role.
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(editor, id, "PassReview")).StatusCode);
        var reviewer = await App.ApiClientAsync("songjiang.reviewer");
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(reviewer, id, "PassReview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(reviewer, id, "Approve")).StatusCode);
        var approver = await App.ApiClientAsync("songjiang.approver");
        var published = await OkJsonAsync(await StepAsync(approver, id, "Approve"));
        Assert.Equal("Published", published.GetProperty("status").GetString());
        Assert.Matches(@"^songjiang/20\d\d-\d{6}$", published.GetProperty("indexNumber").GetString());
        var actions = published.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["Create", "Edit", "SubmitForReview", "PassReview", "Approve"], actions);

        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "CatalogItem" && e.EntityId == id.ToString()).Select(e => e.Actor + ":" + e.Action).ToListAsync(Ct));
        Assert.Contains("songjiang.reviewer:保密审查通过", audit);
        Assert.Contains("songjiang.approver:审批通过", audit);
        Assert.Equal(2, await App.WithDbAsync(db => db.CatalogItemVersions.CountAsync(v => v.ItemId == id, Ct)));

        // Published items are not edited in place.
        var edit = await editor.PutJsonAsync($"/api/catalog/items/{id}", new { columnId = published.GetProperty("columnId").GetInt32(), title = "改", bodyHtml = "<p>x</p>" });
        Assert.Contains(await edit.FieldErrorsAsync("Status"), m => m.Contains("只有草稿", StringComparison.Ordinal));

        // Withdrawal needs a reason.
        Assert.Equal(HttpStatusCode.BadRequest, (await StepAsync(approver, id, "Withdraw")).StatusCode);
        var withdrawn = await OkJsonAsync(await StepAsync(approver, id, "Withdraw", "名单有误，更正后重新发布"));
        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Equal("名单有误，更正后重新发布", withdrawn.GetProperty("withdrawnReason").GetString());
    }

    [Fact]
    public async Task The_reviewer_may_override_a_finding_with_a_reason_and_returns_need_a_comment()
    {
        var editor = await App.ApiClientAsync("zhoushang.editor"); // demo township editors hold every catalog role
        var id = await DraftAsync(editor, "zhoushang", "zhengce", "乡政府值班电话公告", "<p>值班电话：13912345678</p>");
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(editor, id, "SubmitForReview", withFindings: true)).StatusCode);
        var pass = await StepAsync(editor, id, "PassReview");
        Assert.Contains(await pass.FieldErrorsAsync("Findings"), m => m.Contains("13912345678", StringComparison.Ordinal));

        var noReason = await editor.PostAsJsonAsync($"/api/catalog/items/{id}/overrides", new { kind = "MobilePhone", text = "13912345678", reason = "" }, Ct);
        Assert.Contains(await noReason.FieldErrorsAsync("Reason"), m => m.Contains("理由", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/catalog/items/{id}/overrides", new { kind = "MobilePhone", text = "13912345678", reason = "公开的政府值班电话" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(editor, id, "PassReview")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StepAsync(editor, id, "Return")).StatusCode);
        var back = await OkJsonAsync(await StepAsync(editor, id, "Return", "请补充文号"));
        Assert.Equal("Draft", back.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_low_risk_column_skips_approval_and_the_column_is_no_longer_stale()
    {
        var editor = await App.ApiClientAsync("shuangxi.editor");
        var health = await (await editor.GetAsync("/api/agencies/shuangxi/catalog/health", Ct)).JsonAsync();
        var news = health.EnumerateArray().Single(h => h.GetProperty("name").GetString() == "工作动态");
        Assert.True(news.GetProperty("empty").GetBoolean());
        Assert.True(news.GetProperty("stale").GetBoolean());

        var id = await DraftAsync(editor, "shuangxi", "dongtai", "双溪乡召开春耕生产部署会", "<p>3月5日，双溪乡召开春耕生产部署会。</p>");
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(editor, id, "SubmitForReview")).StatusCode);
        var published = await OkJsonAsync(await StepAsync(editor, id, "PassReview"));
        Assert.Equal("Published", published.GetProperty("status").GetString());

        health = await (await editor.GetAsync("/api/agencies/shuangxi/catalog/health", Ct)).JsonAsync();
        news = health.EnumerateArray().Single(h => h.GetProperty("name").GetString() == "工作动态");
        Assert.False(news.GetProperty("stale").GetBoolean());
    }

    [Fact]
    public async Task Agency_admin_adds_and_changes_columns_and_others_cannot()
    {
        var admin = await App.ApiClientAsync("shimen.admin");
        var parent = await ColumnAsync(admin, "shimen", "zhengce");
        var created = await OkJsonAsync(await admin.PostAsJsonAsync("/api/agencies/shimen/catalog/columns",
            new { key = "cunwu", name = "村务公开", parentId = parent, updateEveryDays = 30, skipApproval = false, hasValidity = false }, Ct));
        var id = created.GetProperty("id").GetInt32();
        var dup = await admin.PostAsJsonAsync("/api/agencies/shimen/catalog/columns", new { key = "cunwu", name = "重复" }, Ct);
        Assert.Contains(await dup.FieldErrorsAsync("Key"), m => m.Contains("已存在", StringComparison.Ordinal));
        var bad = await admin.PostAsJsonAsync("/api/agencies/shimen/catalog/columns", new { key = "Bad Key", name = "", updateEveryDays = 0, parentId = id }, Ct);
        Assert.Contains(await bad.FieldErrorsAsync("Key"), m => m.Contains("小写字母", StringComparison.Ordinal));
        Assert.Contains(await bad.FieldErrorsAsync("Name"), m => m.Contains("栏目名称", StringComparison.Ordinal));
        Assert.Contains(await bad.FieldErrorsAsync("ParentId"), m => m.Contains("两级", StringComparison.Ordinal));
        Assert.Contains(await bad.FieldErrorsAsync("UpdateEveryDays"), m => m.Contains("1到3660", StringComparison.Ordinal));

        var renamed = await OkJsonAsync(await admin.PutJsonAsync($"/api/agencies/shimen/catalog/columns/{id}", new { name = "村务公开栏", updateEveryDays = 14, skipApproval = true }));
        Assert.Equal("村务公开栏", renamed.GetProperty("name").GetString());
        Assert.True(renamed.GetProperty("skipApproval").GetBoolean());

        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.ApiClientAsync("shimen.editor")).PutJsonAsync($"/api/agencies/shimen/catalog/columns/{id}", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiClientAsync("songjiang.admin")).PutJsonAsync($"/api/agencies/shimen/catalog/columns/{id}", new { name = "x" })).StatusCode);
        Assert.Equal("村务公开栏", await App.WithDbAsync(db => db.CatalogColumns.Where(c => c.Id == id).Select(c => c.Name).SingleAsync(Ct)));
    }

    [Fact]
    public async Task An_approved_item_with_a_future_time_waits_and_is_published_when_the_time_comes()
    {
        var editor = await App.ApiClientAsync("zhoushang.editor");
        var columnId = await ColumnAsync(editor, "zhoushang", "caizheng");
        // Far enough ahead that three steps on a loaded CI machine finish before it.
        var at = DateTimeOffset.UtcNow.AddSeconds(10);
        var id = (await OkJsonAsync(await editor.PostAsJsonAsync("/api/agencies/zhoushang/catalog/items",
            new { columnId, title = "洲上乡2026年部门预算", bodyHtml = "<p>预算公开。</p>", scheduledAt = at }, Ct))).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(editor, id, "SubmitForReview")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(editor, id, "PassReview")).StatusCode);
        var scheduled = await OkJsonAsync(await StepAsync(editor, id, "Approve"));
        Assert.Equal("Scheduled", scheduled.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, scheduled.GetProperty("indexNumber").ValueKind);

        var wait = at - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(0.5);
        await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Ct);
        // What the background publisher does every 30 seconds, run now (it may already have done it: either way, once).
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Gongkai.Web.Features.Catalog.PublishDueItemsHandler>().HandleAsync(Ct);
        }

        var item = await (await editor.GetAsync($"/api/catalog/items/{id}", Ct)).JsonAsync();
        Assert.Equal("Published", item.GetProperty("status").GetString());
        Assert.Equal("Publish", item.GetProperty("events").EnumerateArray().Last().GetProperty("action").GetString());
        Assert.Equal("system", item.GetProperty("events").EnumerateArray().Last().GetProperty("actor").GetString());
        Assert.Single(item.GetProperty("events").EnumerateArray(), e => e.GetProperty("action").GetString() == "Publish");
    }

    [Fact]
    public async Task Concurrent_publishing_never_duplicates_an_index_number()
    {
        var editor = await App.ApiClientAsync("shimen.editor");
        var ids = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            var id = await DraftAsync(editor, "shimen", "dongtai", $"石门镇工作动态{i}", $"<p>第{i}条动态。</p>");
            Assert.Equal(HttpStatusCode.OK, (await StepAsync(editor, id, "SubmitForReview")).StatusCode);
            ids.Add(id);
        }

        var clients = await Task.WhenAll(ids.Select(_ => App.ApiClientAsync("shimen.editor")));
        var results = await Task.WhenAll(ids.Select((id, n) => StepAsync(clients[n], id, "PassReview")));
        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var numbers = await App.WithDbAsync(db => db.CatalogItems.Where(i => ids.Contains(i.Id)).Select(i => i.IndexNumber).ToListAsync(Ct));
        Assert.Equal(8, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.StartsWith("shimen/", n));
    }

    // ---- 涉密信息不上网 ----

    private const string SecrecyRule = "涉密信息不上网：含密级标识的文件不得公开";

    /// <summary>Everything a refused request must leave as it was, read from the database.</summary>
    private Task<string> StateAsync(int id) => App.WithDbAsync(async db =>
    {
        var i = await db.CatalogItems.AsNoTracking().SingleAsync(x => x.Id == id, Ct);
        var events = await db.CatalogItemEvents.CountAsync(e => e.ItemId == id, Ct);
        var versions = await db.CatalogItemVersions.CountAsync(v => v.ItemId == id, Ct);
        var overrides = await db.Set<ScanOverride>().CountAsync(o => o.ItemId == id, Ct);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await db.AuditEntries.CountAsync(e => e.EntityType == "CatalogItem" && e.EntityId == key, Ct);
        return string.Join("|", i.Status, i.Version, i.Title, i.BodyHtml, i.IndexNumber, i.PublishedAt, i.ScheduledAt, events, versions, overrides, audit);
    });

    private static async Task AssertRefusedAsync(HttpResponseMessage r, string field, string message)
    {
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains(await r.FieldErrorsAsync(field), m => m.Contains(message, StringComparison.Ordinal));
    }

    /// <summary>A real DOCX (what Word writes, reduced to the parts the upload check and the text extraction read).</summary>
    private static byte[] Docx(params string[] paragraphs)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(xml);
            }

            Part("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Part("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t>{System.Security.SecurityElement.Escape(p)}</w:t></w:r></w:p>")) + "</w:body></w:document>");
        }

        return buffer.ToArray();
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string name) => new() { { new ByteArrayContent(bytes), "file", name } };

    [Fact]
    public async Task Masking_leaves_a_secrecy_marking_and_the_item_cannot_be_submitted()
    {
        var editor = await App.ApiClientAsync("songjiang.editor");
        var id = await DraftAsync(editor, "songjiang", "zhengce", "关于做好防汛工作的通知", "<p>秘密★1年</p><p>各村委会：……</p><p>联系人王五 11010519491231002X</p>");
        var before = await StateAsync(id);

        // One click used to mask the marking too, and the item then went out: never again.
        await AssertRefusedAsync(await editor.PostAsync($"/api/catalog/items/{id}/mask", null, Ct), "Findings",
            "涉密信息不上网：含密级标识的文件不得公开，不能通过遮盖处理");
        Assert.Equal(before, await StateAsync(id));
        var item = await (await editor.GetAsync($"/api/catalog/items/{id}", Ct)).JsonAsync();
        var marking = item.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "SecretMarking");
        Assert.Equal("秘密★1年", marking.GetProperty("text").GetString());
        Assert.False(marking.GetProperty("maskable").GetBoolean());
        Assert.StartsWith(SecrecyRule, marking.GetProperty("note").GetString());
        Assert.Contains(item.GetProperty("findings").EnumerateArray(), f => f.GetProperty("maskable").GetBoolean());

        // Submitting is refused, with or without asking the reviewer to decide.
        await AssertRefusedAsync(await StepAsync(editor, id, "SubmitForReview"), "Findings", SecrecyRule + "，不能提交审查");
        await AssertRefusedAsync(await StepAsync(editor, id, "SubmitForReview", withFindings: true), "Findings", SecrecyRule);
        Assert.Equal(before, await StateAsync(id));
    }

    [Fact]
    public async Task An_attachment_whose_docx_text_carries_a_traditional_marking_blocks_submission_and_approval()
    {
        var editor = await App.ApiClientAsync("songjiang.editor");
        var docx = Docx("機密★5年", "關於做好防汛工作的通知", "各村委會：……");

        // Uploaded to a draft: the draft cannot be submitted.
        var draft = await DraftAsync(editor, "songjiang", "zhengce", "防汛工作通知（附件）", "<p>通知全文见附件。</p>");
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsync($"/api/catalog/items/{draft}/attachments", Upload(docx, "通知.docx"), Ct)).StatusCode);
        var before = await StateAsync(draft);
        await AssertRefusedAsync(await StepAsync(editor, draft, "SubmitForReview", withFindings: true), "Findings", "附件“通知.docx”：機密★5年");
        Assert.Equal(before, await StateAsync(draft));

        // Already in approval when the attachment's marking is found (the scan did not know 機密 before): not approved.
        var id = await DraftAsync(editor, "songjiang", "zhengce", "防汛工作通知（审批中）", "<p>通知全文见附件。</p>");
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(editor, id, "SubmitForReview")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(await App.ApiClientAsync("songjiang.reviewer"), id, "PassReview")).StatusCode);
        await App.WithDbAsync(async db =>
        {
            db.CatalogItemAttachments.Add(new ItemAttachment
            {
                ItemId = id, FileName = "通知.docx", ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Length = docx.Length, Sha256 = "", Content = docx, Text = CatalogText.ExtractText(".docx", docx),
            });
            return await db.SaveChangesAsync(Ct);
        });
        before = await StateAsync(id);
        var refused = await StepAsync(await App.ApiClientAsync("songjiang.approver"), id, "Approve");
        await AssertRefusedAsync(refused, "Findings", SecrecyRule + "，不能审批通过（附件“通知.docx”：機密★5年）");
        Assert.Equal(before, await StateAsync(id));
    }

    [Fact]
    public async Task The_scheduled_publisher_does_not_publish_an_item_carrying_a_marking()
    {
        var editor = await App.ApiClientAsync("zhoushang.editor"); // holds every catalog role
        var columnId = await ColumnAsync(editor, "zhoushang", "caizheng");
        var id = (await OkJsonAsync(await editor.PostAsJsonAsync("/api/agencies/zhoushang/catalog/items",
            new { columnId, title = "洲上乡2026年部门决算", bodyHtml = "<p>决算公开。</p>", scheduledAt = DateTimeOffset.UtcNow.AddDays(1) }, Ct))).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(editor, id, "SubmitForReview")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(editor, id, "PassReview")).StatusCode);
        Assert.Equal("Scheduled", (await OkJsonAsync(await StepAsync(editor, id, "Approve"))).GetProperty("status").GetString());

        // The marking turns up in the body before the time comes (an item approved before 絕密 was recognised), and the time comes.
        await App.WithDbAsync(db => db.CatalogItems.Where(i => i.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(i => i.BodyHtml, "<p>絕密★啟用前</p><p>决算公开。</p>").SetProperty(i => i.BodyText, "絕密★啟用前\n决算公开。")
            .SetProperty(i => i.ScheduledAt, DateTimeOffset.UtcNow.AddMinutes(-1)), Ct));
        var before = await StateAsync(id);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Gongkai.Web.Features.Catalog.PublishDueItemsHandler>().HandleAsync(Ct);
        }

        Assert.Equal(before, await StateAsync(id));
        await AssertRefusedAsync(await StepAsync(editor, id, "Publish"), "Findings", SecrecyRule + "，不能发布");
        Assert.Equal(HttpStatusCode.NotFound, (await App.CreateClient().GetAsync($"/zhoushang/items/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_reviewer_cannot_allow_a_marking_and_decides_not_to_publish_with_a_reason()
    {
        var editor = await App.ApiClientAsync("songjiang.editor");
        var id = await DraftAsync(editor, "songjiang", "zhengce", "2026年防汛会议纪要", "<p>会议纪要。</p>");
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(editor, id, "SubmitForReview")).StatusCode);
        // Submitted before the rule: the marking is already in review.
        await App.WithDbAsync(db => db.CatalogItems.Where(i => i.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(i => i.BodyHtml, "<p>绝密★启用前</p><p>会议纪要。</p>").SetProperty(i => i.BodyText, "绝密★启用前\n会议纪要。"), Ct));
        var reviewer = await App.ApiClientAsync("songjiang.reviewer");
        var before = await StateAsync(id);

        var allow = await reviewer.PostAsJsonAsync($"/api/catalog/items/{id}/overrides", new { kind = "SecretMarking", text = "绝密★启用前", reason = "已解密" }, Ct);
        await AssertRefusedAsync(allow, "Findings", "保密审查员不能允许公开");
        await AssertRefusedAsync(await StepAsync(reviewer, id, "PassReview"), "Findings", SecrecyRule + "，不能审查通过");
        await AssertRefusedAsync(await StepAsync(reviewer, id, "Withhold"), "Comment", "请填写不予公开的理由。");
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(editor, id, "Withhold", "编辑不能决定")).StatusCode);
        Assert.Equal(before, await StateAsync(id));

        var withheld = await OkJsonAsync(await StepAsync(reviewer, id, "Withhold", "属于国家秘密，依据条例第十四条不予公开"));
        Assert.Equal("Withheld", withheld.GetProperty("status").GetString());
        Assert.Equal("不予公开", withheld.GetProperty("statusLabel").GetString());
        Assert.Equal("属于国家秘密，依据条例第十四条不予公开", withheld.GetProperty("withheldReason").GetString());
        Assert.Equal(JsonValueKind.Null, withheld.GetProperty("indexNumber").ValueKind);
        Assert.Equal("Withhold", withheld.GetProperty("events").EnumerateArray().Last().GetProperty("action").GetString());
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "CatalogItem" && e.EntityId == id.ToString()).Select(e => e.Actor + ":" + e.Action).ToListAsync(Ct));
        Assert.Contains("songjiang.reviewer:不予公开", audit);

        // Final, and never on the portal.
        await AssertRefusedAsync(await StepAsync(reviewer, id, "Return", "重新起草"), "Action", "不能");
        Assert.Equal(HttpStatusCode.NotFound, (await App.CreateClient().GetAsync($"/songjiang/items/{id}", Ct)).StatusCode);
        var list = await (await editor.GetAsync("/api/agencies/songjiang/catalog/items?status=Withheld", Ct)).JsonAsync();
        Assert.Contains(list.EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task The_agencys_own_phone_and_fax_are_not_findings_and_are_never_masked()
    {
        await App.WithDbAsync(db => db.Agencies.Where(a => a.Code == "sanzhualun")
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.Phone, "电话 0795-4561234，传真 0795-4561235"), Ct));
        var editor = await App.ApiClientAsync("sanzhualun.editor");
        var id = await DraftAsync(editor, "sanzhualun", "zhengce", "三爪仑乡春季防火公告", "<p>咨询电话：0795-4561234，传真：（0795）4561235。</p><p>联系人手机：13912345678</p>");

        var item = await (await editor.GetAsync($"/api/catalog/items/{id}", Ct)).JsonAsync();
        Assert.Equal(["13912345678"], item.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("text").GetString()));
        var masked = await OkJsonAsync(await editor.PostAsync($"/api/catalog/items/{id}/mask", null, Ct));
        var body = masked.GetProperty("bodyHtml").GetString();
        Assert.Contains("0795-4561234", body);
        Assert.Contains("（0795）4561235", body);
        Assert.Contains("139****5678", body);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(editor, id, "SubmitForReview")).StatusCode);
    }

    [Fact]
    public async Task Other_townships_and_supervisors_cannot_act_and_bad_input_changes_nothing()
    {
        var editor = await App.ApiClientAsync("sanzhualun.editor");
        var id = await DraftAsync(editor, "sanzhualun", "guifan", "三爪仑乡村规民约<script>alert(1)</script>", "<p onclick=\"x()\">正文<script>alert(2)</script></p>");
        var item = await (await editor.GetAsync($"/api/catalog/items/{id}", Ct)).JsonAsync();
        Assert.DoesNotContain("<script", item.GetProperty("bodyHtml").GetString());
        Assert.DoesNotContain("onclick", item.GetProperty("bodyHtml").GetString());

        var other = await App.ApiClientAsync("songjiang.editor");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/catalog/items/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await StepAsync(other, id, "SubmitForReview")).StatusCode);
        var supervisor = await App.ApiClientAsync("county.supervisor");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/catalog/items/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(supervisor, id, "SubmitForReview")).StatusCode);

        var columnId = await ColumnAsync(editor, "sanzhualun", "guifan");
        var before = await App.WithDbAsync(db => db.CatalogItems.CountAsync(Ct));
        var bad = await editor.PostAsJsonAsync("/api/agencies/sanzhualun/catalog/items", new { columnId, title = new string('长', 201), bodyHtml = "<script>only()</script>" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains(await bad.FieldErrorsAsync("Title"), m => m.Contains("不能超过200个字符", StringComparison.Ordinal));
        Assert.Contains(await bad.FieldErrorsAsync("BodyHtml"), m => m.Contains("正文不能为空", StringComparison.Ordinal));
        Assert.Contains(await bad.FieldErrorsAsync("Validity"), m => m.Contains("有效性", StringComparison.Ordinal));
        var foreignColumn = await editor.PostAsJsonAsync("/api/agencies/sanzhualun/catalog/items", new { columnId = await ColumnAsync(other, "songjiang", "dongtai"), title = "x", bodyHtml = "<p>x</p>" }, Ct);
        Assert.Contains(await foreignColumn.FieldErrorsAsync("ColumnId"), m => m.Contains("本机关", StringComparison.Ordinal));
        Assert.Equal(before, await App.WithDbAsync(db => db.CatalogItems.CountAsync(Ct)));

        var disguised = new MultipartFormDataContent { { new ByteArrayContent("MZ\x90\x00"u8.ToArray()), "file", "规约.docx" } };
        var refused = await editor.PostAsync($"/api/catalog/items/{id}/attachments", disguised, Ct);
        Assert.Contains(await refused.FieldErrorsAsync("file"), m => m.Contains("不符", StringComparison.Ordinal));
        Assert.Equal(0, await App.WithDbAsync(db => db.CatalogItemAttachments.CountAsync(a => a.ItemId == id, Ct)));
    }
}

public sealed class CatalogApiTestsOnSqlite(SqliteApp app) : CatalogApiTests(app), IClassFixture<SqliteApp>;

public sealed class CatalogApiTestsOnPostgreSql(PostgresApp app) : CatalogApiTests(app), IClassFixture<PostgresApp>;
