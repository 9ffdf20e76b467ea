using System.Net;
using System.Net.Http.Json;
using System.Text;
using Gongkai.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests;

/// <summary>依申请公开 through the JSON API: intake from every channel, the lifecycle, isolation and privacy.</summary>
public abstract class RequestApiTests(AppFixture fixture)
{
    private GongkaiFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int Id, string Code, string Key)> SubmitOnlineAsync(string agency = "songjiang", object? body = null)
    {
        var r = await App.CreateClient().PostAsJsonAsync($"/api/portal/{agency}/requests", body ?? CitizenRequest.Body(), Ct);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var json = await r.JsonAsync();
        return (json.GetProperty("id").GetInt32(), json.GetProperty("trackingCode").GetString()!, json.GetProperty("queryKey").GetString()!);
    }

    private static async Task<HttpResponseMessage> StepAsync(HttpClient client, int id, object step) =>
        await client.PostAsJsonAsync($"/api/requests/{id}/steps", step, Ct);

    [Fact]
    public async Task Citizen_submits_online_and_tracks_with_the_private_key_without_personal_data()
    {
        var (id, code, key) = await SubmitOnlineAsync();

        // Acknowledged = committed: a fresh context sees the row and its first event.
        var stored = await App.WithDbAsync(db => db.Requests.Include(r => r.Events).SingleAsync(r => r.Id == id, Ct));
        Assert.Equal(RequestChannel.Online, stored.Channel);
        Assert.Equal(RequestAction.Submit, Assert.Single(stored.Events).Action);
        Assert.NotNull(stored.DueOn);
        Assert.DoesNotContain(key, stored.QueryKeyHash);

        var client = App.CreateClient();
        var status = await client.GetAsync($"/api/portal/requests/{code}?key={key}", Ct);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        var text = await status.Content.ReadAsStringAsync(Ct);
        Assert.Contains("已登记", text);
        Assert.Contains("收到申请", text);
        Assert.DoesNotContain("李四", text);
        Assert.DoesNotContain("13800138000", text);
        Assert.DoesNotContain("11010519491231002X", text);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/portal/requests/{code}?key=WRONGKEY22", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/portal/requests/{code}", Ct)).StatusCode);

        // The audit entry of the intake does not copy the applicant's personal data.
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "InfoRequest" && e.EntityId == id.ToString()).ToListAsync(Ct));
        Assert.NotEmpty(audit);
        Assert.All(audit, e => Assert.DoesNotContain("13800138000", e.After ?? ""));
        Assert.All(audit, e => Assert.DoesNotContain("李四", e.After ?? ""));
    }

    [Fact]
    public async Task Bad_submissions_get_chinese_field_errors_and_store_nothing()
    {
        var before = await App.WithDbAsync(db => db.Requests.CountAsync(Ct));
        var client = App.CreateClient();
        var empty = await client.PostAsJsonAsync("/api/portal/songjiang/requests", new { }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains(await empty.FieldErrorsAsync("ApplicantType"), m => m.Contains("申请人类型", StringComparison.Ordinal));
        Assert.Contains(await empty.FieldErrorsAsync("Subject"), m => m.Contains("所需信息的名称", StringComparison.Ordinal));
        Assert.Contains(await empty.FieldErrorsAsync("Delivery"), m => m.Contains("获取信息的方式", StringComparison.Ordinal));

        var badId = await client.PostAsJsonAsync("/api/portal/songjiang/requests", new
        {
            applicantType = "NaturalPerson", applicantName = "王五", idDocumentType = "居民身份证", idDocumentNumber = "110105194912310021",
            phone = "13800138000", subject = "x", description = new string('长', 5000), delivery = "Paper",
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Contains(await badId.FieldErrorsAsync("IdDocumentNumber"), m => m.Contains("校验位", StringComparison.Ordinal));
        Assert.Contains(await badId.FieldErrorsAsync("Description"), m => m.Contains("不能超过4000个字符", StringComparison.Ordinal));
        Assert.Contains(await badId.FieldErrorsAsync("Address"), m => m.Contains("通信地址", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/portal/nowhere/requests", CitizenRequest.Body(), Ct)).StatusCode);
        Assert.Equal(before, await App.WithDbAsync(db => db.Requests.CountAsync(Ct)));
    }

    [Fact]
    public async Task Handler_registers_a_letter_with_its_receipt_date_and_other_townships_cannot_see_it()
    {
        var handler = await App.ApiClientAsync("songjiang.handler");
        var today = BeijingClock.Today;
        var received = today.AddDays(-3);
        var noDate = await handler.PostAsJsonAsync("/api/agencies/songjiang/requests", new { channel = "RegisteredLetter", applicant = CitizenRequest.Body("挂号信申请") }, Ct);
        Assert.Contains(await noDate.FieldErrorsAsync("ReceivedOn"), m => m.Contains("签收之日", StringComparison.Ordinal));

        var r = await handler.PostAsJsonAsync("/api/agencies/songjiang/requests", new { channel = "RegisteredLetter", receivedOn = received, applicant = CitizenRequest.Body("挂号信申请") }, Ct);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var id = (await r.JsonAsync()).GetProperty("id").GetInt32();
        var detail = await (await handler.GetAsync($"/api/requests/{id}", Ct)).JsonAsync();
        Assert.Equal(received.ToString("yyyy-MM-dd"), detail.GetProperty("receivedOn").GetString());
        Assert.Equal("李四", detail.GetProperty("applicantName").GetString());
        Assert.Contains("当日不计入", detail.GetProperty("clock")[0].GetProperty("text").GetString());

        // Another township's staff, and the same township's editor, neither read nor act.
        var other = await App.ApiClientAsync("sanzhualun.editor");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/requests/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await StepAsync(other, id, new { action = "Accept" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/agencies/songjiang/requests", Ct)).StatusCode);
        var editor = await App.ApiClientAsync("songjiang.editor");
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/requests/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/agencies/songjiang/requests", new { channel = "InPerson", receivedOn = today, applicant = CitizenRequest.Body() }, Ct)).StatusCode);

        // The county supervisor reads it but cannot act on it.
        var supervisor = await App.ApiClientAsync("county.supervisor");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/requests/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await StepAsync(supervisor, id, new { action = "Accept" })).StatusCode);
        var status = await App.WithDbAsync(db => db.Requests.Where(x => x.Id == id).Select(x => x.Status).SingleAsync(Ct));
        Assert.Equal(RequestStatus.Received, status);

        var queue = await (await handler.GetAsync("/api/agencies/songjiang/requests?open=true", Ct)).JsonAsync();
        Assert.Contains(queue.EnumerateArray(), q => q.GetProperty("id").GetInt32() == id);
    }

    [Theory]
    [InlineData("InPerson", "提交之日")]
    [InlineData("RegisteredLetter", "签收之日")]
    [InlineData("OrdinaryLetter", "与申请人确认之日")]
    [InlineData("Fax", "双方确认之日")]
    [InlineData("Email", "双方确认之日")]
    public async Task Every_channel_is_registered_with_its_statutory_receipt_rule(string channel, string rule)
    {
        var handler = await App.ApiClientAsync("shimen.editor");
        var today = BeijingClock.Today;
        var r = await handler.PostAsJsonAsync("/api/agencies/shimen/requests", new { channel, receivedOn = today.AddDays(-1), applicant = CitizenRequest.Body($"{channel}渠道申请") }, Ct);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var id = (await r.JsonAsync()).GetProperty("id").GetInt32();
        var detail = await (await handler.GetAsync($"/api/requests/{id}", Ct)).JsonAsync();
        Assert.Contains(rule, detail.GetProperty("events")[0].GetProperty("note").GetString());
        Assert.Equal(today.AddDays(-1).ToString("yyyy-MM-dd"), detail.GetProperty("receivedOn").GetString());
        var future = await handler.PostAsJsonAsync("/api/agencies/shimen/requests", new { channel, receivedOn = today.AddDays(2), applicant = CitizenRequest.Body() }, Ct);
        Assert.Contains(await future.FieldErrorsAsync("ReceivedOn"), m => m.Contains("不能晚于今天", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handler_runs_a_request_through_correction_extension_answer_delivery_and_close()
    {
        var (id, code, key) = await SubmitOnlineAsync();
        var handler = await App.ApiClientAsync("songjiang.handler");

        // Illegal: deliver before answering.
        var early = await StepAsync(handler, id, new { action = "Deliver", deliveryProof = "EMS1" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains(await early.FieldErrorsAsync("Action"), m => m.Contains("不能执行", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, (await StepAsync(handler, id, new { action = "RequestCorrection" })).StatusCode); // note required
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(handler, id, new { action = "RequestCorrection", note = "请写明所需名单的村组范围" })).StatusCode);
        var paused = await (await handler.GetAsync($"/api/requests/{id}", Ct)).JsonAsync();
        Assert.Equal("AwaitingCorrection", paused.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, paused.GetProperty("dueOn").ValueKind);
        var second = await StepAsync(handler, id, new { action = "ReceiveCorrection" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StepAsync(handler, id, new { action = "RequestCorrection", note = "again" })).StatusCode);

        var badExtend = await StepAsync(handler, id, new { action = "Extend", note = "需调取档案", days = 25, approvedBy = "张主任" });
        Assert.Contains(await badExtend.FieldErrorsAsync("Days"), m => m.Contains("1到20", StringComparison.Ordinal));
        var dueBefore = (await (await handler.GetAsync($"/api/requests/{id}", Ct)).JsonAsync()).GetProperty("dueOn").GetString();
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(handler, id, new { action = "Extend", note = "需调取档案", days = 20, approvedBy = "张主任" })).StatusCode);
        var extended = await (await handler.GetAsync($"/api/requests/{id}", Ct)).JsonAsync();
        Assert.True(string.CompareOrdinal(extended.GetProperty("dueOn").GetString(), dueBefore) > 0);

        // An attachment is accepted only when its content is what its name says.
        var disguised = new MultipartFormDataContent { { new ByteArrayContent("MZ\x90\x00 this is an exe"u8.ToArray()), "file", "名单.pdf" } };
        var refused = await handler.PostAsync($"/api/requests/{id}/attachments", disguised, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(await refused.FieldErrorsAsync("file"), m => m.Contains("不符", StringComparison.Ordinal));
        var huge = new byte[21 * 1024 * 1024];
        "%PDF-"u8.CopyTo(huge);
        var oversized = await handler.PostAsync($"/api/requests/{id}/attachments", new MultipartFormDataContent { { new ByteArrayContent(huge), "file", "大文件.pdf" } }, Ct);
        Assert.Contains(await oversized.FieldErrorsAsync("file"), m => m.Contains("不能超过20MB", StringComparison.Ordinal));
        var script = await handler.PostAsync($"/api/requests/{id}/attachments", new MultipartFormDataContent { { new ByteArrayContent("<script>alert(1)</script>"u8.ToArray()), "file", "x.html" } }, Ct);
        Assert.Contains(await script.FieldErrorsAsync("file"), m => m.Contains("只能上传", StringComparison.Ordinal));
        var pdf = new MultipartFormDataContent { { new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n")), "file", "补偿标准.pdf" } };
        var uploaded = await handler.PostAsync($"/api/requests/{id}/attachments", pdf, Ct);
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var attachmentId = (await uploaded.JsonAsync()).GetProperty("id").GetInt32();
        Assert.Equal(1, await App.WithDbAsync(db => db.RequestAttachments.CountAsync(a => a.RequestId == id, Ct)));
        Assert.Equal("%PDF-1.4\n%%EOF\n", await handler.GetStringAsync($"/api/requests/{id}/attachments/{attachmentId}", Ct));

        var noBasis = await StepAsync(handler, id, new { action = "Answer", outcome = "PartiallyDisclosed", answerText = "部分公开" });
        Assert.Contains(await noBasis.FieldErrorsAsync("LegalBasis"), m => m.Contains("法律依据", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(handler, id, new
        {
            action = "Answer", outcome = "PartiallyDisclosed", legalBasis = "《中华人民共和国政府信息公开条例》第三十七条",
            answerText = "补偿标准予以公开；名单中涉及个人身份证号码和银行账号的部分不予公开。",
        })).StatusCode);
        // The answer letter: a valid DOCX laid out as an official document, and a printable HTML page.
        var docx = await handler.GetAsync($"/api/requests/{id}/letters/Answer", Ct);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var bytes = await docx.Content.ReadAsByteArrayAsync(Ct);
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            OpenXmlAssert.Valid(doc, DocumentFormat.OpenXml.FileFormatVersions.Office2010);
            var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("政府信息公开申请答复书", text);
            Assert.Contains("名单中涉及个人身份证号码和银行账号的部分不予公开", text);
            Assert.Contains("第三十七条", text);
            Assert.Contains("行政复议", text);
            Assert.Contains("补偿标准.pdf", text);
            Assert.Contains("示范县人民政府", text); // the reconsideration body: the township's parent
        }

        var html = await handler.GetAsync($"/api/requests/{id}/letters/CorrectionNotice?format=html", Ct);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        var page = await html.Content.ReadAsStringAsync(Ct);
        Assert.Contains("补正告知书", page);
        Assert.Contains("请写明所需名单的村组范围", page);
        Assert.Contains("第三十条", page);
        Assert.Equal(HttpStatusCode.NotFound, (await handler.GetAsync($"/api/requests/{id}/letters/FeeNotice", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await handler.GetAsync($"/api/requests/{id}/letters/Poem", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiClientAsync("sanzhualun.editor")).GetAsync($"/api/requests/{id}/letters/Answer", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await StepAsync(handler, id, new { action = "Deliver", deliveryProof = "EMS1234567890" })).StatusCode);
        var closed = await StepAsync(handler, id, new { action = "Close" });
        var final = await closed.JsonAsync();
        Assert.Equal("Closed", final.GetProperty("status").GetString());
        Assert.Equal("PartiallyDisclosed", final.GetProperty("outcome").GetString());
        var actions = final.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["Submit", "RequestCorrection", "ReceiveCorrection", "Extend", "Answer", "Deliver", "Close"], actions);
        Assert.Contains("张主任", final.GetProperty("events")[3].GetProperty("note").GetString());

        // Every step is audited, by the handler.
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "InfoRequest" && e.EntityId == id.ToString() && e.Actor == "songjiang.handler").Select(e => e.Action).ToListAsync(Ct));
        Assert.Contains("告知补正", audit);
        Assert.Contains("答复", audit);
        Assert.Contains("办结", audit);

        // The applicant sees the answer type, not the handler's notes.
        var tracked = await App.CreateClient().GetStringAsync($"/api/portal/requests/{code}?key={key}", Ct);
        Assert.Contains("部分公开", tracked);
        Assert.Contains("已办结", tracked);
        Assert.DoesNotContain("张主任", tracked);
    }

    [Fact]
    public async Task Agency_admin_rewords_a_letter_and_the_next_letter_uses_it()
    {
        var (id, _, _) = await SubmitOnlineAsync("zhoushang");
        var handler = await App.ApiClientAsync("zhoushang.editor"); // demo township editors also hold 依申请经办人
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(handler, id, new { action = "RequestCorrection", note = "请写明年份" })).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await handler.PutJsonAsync("/api/agencies/zhoushang/letter-templates/CorrectionNotice", new { title = "x", body = "y" })).StatusCode);
        var admin = await App.ApiClientAsync("zhoushang.admin");
        var typo = await admin.PutJsonAsync("/api/agencies/zhoushang/letter-templates/CorrectionNotice", new { title = "补正通知", body = "{申请人名}：请补正{补正事项}" });
        Assert.Contains(await typo.FieldErrorsAsync("Body"), m => m.Contains("{申请人名}", StringComparison.Ordinal));
        var ok = await admin.PutJsonAsync("/api/agencies/zhoushang/letter-templates/CorrectionNotice", new { title = "洲上乡补正通知书", body = "您于{收到日期}提出的申请需要补正：{补正事项}。" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var html = await (await handler.GetAsync($"/api/requests/{id}/letters/CorrectionNotice?format=html", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("洲上乡补正通知书", html);
        Assert.Contains("需要补正：请写明年份。", html);
        // The agency lists which letters it has reworded; a blank title and body go back to the default.
        var others = await (await admin.GetAsync("/api/agencies/zhoushang/letter-templates", Ct)).JsonAsync();
        Assert.Contains(others.EnumerateArray(), t => t.GetProperty("custom").GetBoolean());
        var reset = await admin.PutJsonAsync("/api/agencies/zhoushang/letter-templates/CorrectionNotice", new { title = "", body = "" });
        Assert.False((await reset.JsonAsync()).GetProperty("custom").GetBoolean());
        Assert.Contains("政府信息公开申请补正告知书", await (await handler.GetAsync($"/api/requests/{id}/letters/CorrectionNotice?format=html", Ct)).Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Repeat_requests_are_flagged_and_several_applicants_suggest_proactive_disclosure()
    {
        const string subject = "2026年双溪乡低保资金发放情况及名单";
        var first = await SubmitOnlineAsync("shuangxi", CitizenRequest.Body(subject));
        await SubmitOnlineAsync("shuangxi", CitizenRequest.Body("双溪乡2026年低保资金发放情况、名单"));
        await SubmitOnlineAsync("shuangxi", new
        {
            applicantType = "Business", applicantName = "某某咨询有限公司", organizationCode = "91360100MA35XXXX0A".Replace("X", "1"), contactPerson = "赵六",
            phone = "0791-88888888", subject, description = "请提供2026年双溪乡低保资金发放情况及名单。", delivery = "Email", email = "zhao@example.com",
        });
        await SubmitOnlineAsync("shuangxi", new
        {
            applicantType = "NaturalPerson", applicantName = "钱七", idDocumentType = "护照", idDocumentNumber = "E12345678",
            phone = "13900000000", subject, description = "2026年双溪乡低保资金发放情况及名单", delivery = "Email", email = "q@example.com",
        });

        var handler = await App.ApiClientAsync("shuangxi.editor"); // the demo township editor also holds 依申请经办人
        var hints = (await (await handler.GetAsync($"/api/requests/{first.Id}", Ct)).JsonAsync()).GetProperty("hints");
        var similar = hints.GetProperty("similar").EnumerateArray().ToList();
        Assert.True(similar.Count >= 3);
        Assert.Contains(similar, s => s.GetProperty("sameApplicant").GetBoolean());
        Assert.True(hints.GetProperty("suggestProactiveDisclosure").GetBoolean());
        Assert.True(hints.GetProperty("applicantRequestsThisMonth").GetInt32() >= 1);
    }
}

public sealed class RequestApiTestsOnSqlite(SqliteApp app) : RequestApiTests(app), IClassFixture<SqliteApp>;

public sealed class RequestApiTestsOnPostgreSql(PostgresApp app) : RequestApiTests(app), IClassFixture<PostgresApp>;

public sealed class PublicFormFloodTests : IAsyncLifetime
{
    private readonly GongkaiFactory app = new(DbKind.Sqlite);

    public ValueTask InitializeAsync()
    {
        app.Settings["RateLimits:PublicFormsPerMinute"] = "3";
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_flood_of_submissions_from_one_address_is_refused_with_429_in_chinese()
    {
        var client = app.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            codes.Add((await client.PostAsJsonAsync("/api/portal/songjiang/requests", CitizenRequest.Body($"第{i}次申请"), TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.Equal(3, codes.Count(c => c == HttpStatusCode.Created));
        var refused = await client.PostAsJsonAsync("/api/portal/songjiang/requests", CitizenRequest.Body(), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("稍后再试", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, await app.WithDbAsync(db => db.Requests.CountAsync(TestContext.Current.CancellationToken)));
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
