using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>
/// The portal search as the web app runs it: fed through the outbox by the background follower, so publishing makes an
/// item findable and withdrawing removes it without anyone touching the index; rebuilt from the database; demand log.
/// </summary>
public abstract class SearchApiTests(AppFixture fixture)
{
    private GongkaiFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage r)
    {
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await r.JsonAsync();
    }

    private async Task<int> PublishAsync(HttpClient editor, string agency, string column, string title, string body, string? documentNumber = null)
    {
        var columns = await OkJsonAsync(await editor.GetAsync($"/api/agencies/{agency}/catalog/columns", Ct));
        var columnId = columns.EnumerateArray().Single(c => c.GetProperty("key").GetString() == column).GetProperty("id").GetInt32();
        var draft = await OkJsonAsync(await editor.PostAsJsonAsync($"/api/agencies/{agency}/catalog/items", new
        {
            columnId, title, bodyHtml = $"<p>{body}</p>", documentNumber, writtenOn = "2026-03-01", topic = "城乡建设", keywords = "征地",
        }, Ct));
        var id = draft.GetProperty("id").GetInt32();
        // 工作动态 skips 审批: stop as soon as the item is published.
        foreach (var action in new[] { "SubmitForReview", "PassReview", "Approve" })
        {
            var step = await OkJsonAsync(await editor.PostAsJsonAsync($"/api/catalog/items/{id}/steps", new { action }, Ct));
            if (step.GetProperty("status").GetString() == "Published")
            {
                break;
            }
        }

        return id;
    }

    /// <summary>Polls the public API until <paramref name="until"/> holds (the follower runs every second) or 15 s pass.</summary>
    private async Task<JsonElement> SearchUntilAsync(HttpClient client, string query, Func<JsonElement, bool> until)
    {
        JsonElement last = default;
        for (var i = 0; i < 60; i++)
        {
            last = await OkJsonAsync(await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query), Ct));
            if (until(last))
            {
                return last;
            }

            await Task.Delay(250, Ct);
        }

        return last;
    }

    private static IEnumerable<int> Ids(JsonElement result) => result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetInt32());

    [Fact]
    public async Task A_published_item_becomes_findable_in_either_script_and_disappears_when_withdrawn()
    {
        var editor = await App.ApiClientAsync("shimen.editor");
        var anonymous = App.CreateClient();
        var id = await PublishAsync(editor, "shimen", "zhengdi", "石门镇集体土地征地补偿标准调整公告", "经研究，石门镇西山村征地补偿标准按区片综合地价执行。", "石府发〔2026〕7号");

        // Traditional input finds the Simplified document, and the match is highlighted.
        var found = await SearchUntilAsync(anonymous, "徵地補償標準", r => Ids(r).Contains(id));
        Assert.Contains(id, Ids(found));
        var hit = found.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("id").GetInt32() == id);
        Assert.Contains("<mark>", hit.GetProperty("titleHighlighted").GetString(), StringComparison.Ordinal);
        Assert.Equal("shimen", hit.GetProperty("agencyCode").GetString());
        Assert.StartsWith("shimen/2026-", hit.GetProperty("indexNumber").GetString(), StringComparison.Ordinal);

        // The 文号 is found exactly, and the agency facet counts the item.
        var byNumber = await OkJsonAsync(await anonymous.GetAsync("/api/search?q=" + Uri.EscapeDataString("石府发〔2026〕7号"), Ct));
        Assert.Equal([id], Ids(byNumber));
        Assert.Contains(found.GetProperty("facets").GetProperty("agency").EnumerateArray(), f => f.GetProperty("value").GetString() == "shimen");

        // Outbox row written in the same save as the publication.
        Assert.True(await App.WithDbAsync(db => db.Outbox.AnyAsync(m => m.EntityId == id && m.Topic == OutboxMessage.CatalogItemTopic, Ct)));

        var withdrawn = await editor.PostAsJsonAsync($"/api/catalog/items/{id}/steps", new { action = "Withdraw", comment = "补偿标准已重新公布" }, Ct);
        await OkJsonAsync(withdrawn);
        var after = await SearchUntilAsync(anonymous, "徵地補償標準", r => !Ids(r).Contains(id));
        Assert.DoesNotContain(id, Ids(after));
    }

    /// <summary>A minimal one-page PDF whose text layer holds <paramref name="text"/> (ASCII, Helvetica).</summary>
    internal static byte[] Pdf(string text)
    {
        var stream = $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var sb = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            sb.Append($"{o:D10} 00000 n \n");
        }

        sb.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(sb.ToString());
    }

    [Fact]
    public async Task The_text_of_a_pdf_attachment_is_scanned_and_searchable()
    {
        var editor = await App.ApiClientAsync("shuangxi.editor");
        var columns = await OkJsonAsync(await editor.GetAsync("/api/agencies/shuangxi/catalog/columns", Ct));
        var columnId = columns.EnumerateArray().Single(c => c.GetProperty("key").GetString() == "caizheng").GetProperty("id").GetInt32();
        var draft = await OkJsonAsync(await editor.PostAsJsonAsync("/api/agencies/shuangxi/catalog/items", new { columnId, title = "双溪乡水库维修预算", bodyHtml = "<p>见附件。</p>" }, Ct));
        var id = draft.GetProperty("id").GetInt32();

        // An ID number inside the PDF is a finding, like one in the body.
        var withId = new MultipartFormDataContent { { new ByteArrayContent(Pdf("Recipient 11010519491231002X Qingshui")), "file", "名单.pdf" } };
        Assert.True((await editor.PostAsync($"/api/catalog/items/{id}/attachments", withId, Ct)).IsSuccessStatusCode);
        var item = await OkJsonAsync(await editor.GetAsync($"/api/catalog/items/{id}", Ct));
        Assert.Contains("11010519491231002X", item.GetProperty("findings").GetRawText(), StringComparison.Ordinal);

        var other = await OkJsonAsync(await editor.PostAsJsonAsync("/api/agencies/shuangxi/catalog/items", new { columnId, title = "双溪乡小型水库维修资金安排", bodyHtml = "<p>见附件。</p>" }, Ct));
        var otherId = other.GetProperty("id").GetInt32();
        var clean = new MultipartFormDataContent { { new ByteArrayContent(Pdf("Qingshuiwan reservoir maintenance budget")), "file", "预算.pdf" } };
        Assert.True((await editor.PostAsync($"/api/catalog/items/{otherId}/attachments", clean, Ct)).IsSuccessStatusCode);
        foreach (var action in new[] { "SubmitForReview", "PassReview", "Approve" })
        {
            await OkJsonAsync(await editor.PostAsJsonAsync($"/api/catalog/items/{otherId}/steps", new { action }, Ct));
        }

        var found = await SearchUntilAsync(App.CreateClient(), "Qingshuiwan", r => Ids(r).Contains(otherId));
        Assert.Contains(otherId, Ids(found));
    }

    [Fact]
    public async Task Drafts_are_never_searchable()
    {
        var editor = await App.ApiClientAsync("zhoushang.editor");
        var columns = await OkJsonAsync(await editor.GetAsync("/api/agencies/zhoushang/catalog/columns", Ct));
        var columnId = columns.EnumerateArray().Single(c => c.GetProperty("key").GetString() == "dongtai").GetProperty("id").GetInt32();
        await OkJsonAsync(await editor.PostAsJsonAsync("/api/agencies/zhoushang/catalog/items", new { columnId, title = "洲上乡草稿测绘记录未发布", bodyHtml = "<p>草稿内容</p>" }, Ct));
        var published = await PublishAsync(editor, "zhoushang", "dongtai", "洲上乡测绘工作动态已发布", "测绘工作进展。");

        var r = await SearchUntilAsync(App.CreateClient(), "测绘", x => Ids(x).Contains(published));
        Assert.Equal([published], Ids(r));
    }

    [Fact]
    public async Task Bad_queries_get_a_clear_message_and_never_a_server_error()
    {
        var client = App.CreateClient();
        foreach (var q in new[] { "", "   ", new string('乡', 10_000), "\"", "((([[[{{{*?:^~!", "AND OR NOT", "\"\"\"", "\\", "%00", "<script>alert(1)</script>" })
        {
            var r = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q), Ct);
            Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{q[..Math.Min(q.Length, 20)]}: {(int)r.StatusCode}");
            if (r.StatusCode == HttpStatusCode.BadRequest)
            {
                var errors = await r.FieldErrorsAsync("q");
                Assert.NotEmpty(errors);
                Assert.Matches("[\u4e00-\u9fff]", errors[0]);
            }
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/search?q=", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/search?q=" + new string('乡', 10_000), Ct)).StatusCode);

        // The page shows the message in place of results, with status 200.
        var page = await client.GetAsync("/search?q=" + Uri.EscapeDataString("   "), Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("请输入要搜索的内容", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var garbage = await client.GetAsync("/search?q=" + Uri.EscapeDataString("((([[[{{{*?:^~!") + "&from=not-a-date&p=-5", Ct);
        Assert.Equal(HttpStatusCode.OK, garbage.StatusCode);
    }

    [Fact]
    public async Task Reindex_rebuilds_from_the_database_and_only_platform_admins_may_trigger_it()
    {
        var editor = await App.ApiClientAsync("shuangxi.editor");
        var id = await PublishAsync(editor, "shuangxi", "dongtai", "双溪乡油茶产业示范基地建设进展", "油茶示范基地完成栽植。");
        await SearchUntilAsync(App.CreateClient(), "油茶", r => Ids(r).Contains(id));

        var host = App.Services.GetRequiredService<SearchIndexHost>();
        await host.WriteGate.WaitAsync(Ct);
        try
        {
            host.Index.DeleteAll();
            host.Index.Commit();
        }
        finally
        {
            host.WriteGate.Release();
        }

        Assert.Equal(0, host.Index.Count);
        int rebuilt;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            rebuilt = await scope.ServiceProvider.GetRequiredService<SearchIndexer>().RebuildAsync(Ct);
        }

        var published = await App.WithDbAsync(db => db.CatalogItems.CountAsync(i => i.Status == ItemStatus.Published, Ct));
        Assert.Equal(published, rebuilt);
        Assert.Equal(published, host.Index.Count);
        Assert.Contains(id, Ids(await OkJsonAsync(await App.CreateClient().GetAsync("/api/search?q=油茶", Ct))));

        // The admin page's rebuild button: platform admin only.
        var editorPage = await App.SignedInClientAsync("shuangxi.editor");
        var refused = await PostWithTokenAsync(editorPage, "/admin/search?handler=Rebuild");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var admin = await App.SignedInClientAsync("admin");
        var ok = await PostWithTokenAsync(admin, "/admin/search?handler=Rebuild");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains("/admin/search", ok.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searches_that_find_little_are_shown_to_the_agency_with_personal_numbers_masked()
    {
        var anonymous = App.CreateClient();
        await OkJsonAsync(await anonymous.GetAsync("/api/search?q=" + Uri.EscapeDataString("松江乡危房改造补助名单") + "&agency=songjiang", Ct));
        await OkJsonAsync(await anonymous.GetAsync("/api/search?q=" + Uri.EscapeDataString("松江乡危房改造补助名单") + "&agency=songjiang", Ct));
        await OkJsonAsync(await anonymous.GetAsync("/api/search?q=" + Uri.EscapeDataString("低保 11010519491231002X"), Ct));
        await OkJsonAsync(await anonymous.GetAsync("/api/search?q=" + Uri.EscapeDataString("三爪仑乡茶叶补贴") + "&agency=sanzhualun", Ct));

        var logged = await App.WithDbAsync(db => db.SearchQueries.Select(q => q.Query).ToListAsync(Ct));
        Assert.DoesNotContain(logged, q => q.Contains("11010519491231002", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(logged, q => q.Contains("1101**********002x", StringComparison.OrdinalIgnoreCase));

        var songjiang = await App.SignedInClientAsync("songjiang.admin");
        var html = await (await songjiang.GetAsync("/admin/search", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("松江乡危房改造补助名单", html, StringComparison.Ordinal);
        Assert.Contains("<td>2</td>", html, StringComparison.Ordinal); // searched twice
        Assert.Contains("1101**********002x", html, StringComparison.OrdinalIgnoreCase); // deployment-wide searches concern every agency
        Assert.DoesNotContain("三爪仑乡茶叶补贴", html, StringComparison.Ordinal); // another agency's demand
        // Asking for another agency's page falls back to one's own.
        var other = await (await songjiang.GetAsync("/admin/search?agency=sanzhualun", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("三爪仑乡茶叶补贴", other, StringComparison.Ordinal);

        // Staff searching is not public demand.
        var before = await App.WithDbAsync(db => db.SearchQueries.CountAsync(Ct));
        await OkJsonAsync(await (await App.ApiClientAsync("songjiang.admin")).GetAsync("/api/search?q=" + Uri.EscapeDataString("工作人员内部检索"), Ct));
        Assert.Equal(before, await App.WithDbAsync(db => db.SearchQueries.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_supervisor_can_narrow_the_search_to_the_agencies_under_it()
    {
        var sanzhualun = await App.ApiClientAsync("sanzhualun.editor");
        var shimen = await App.ApiClientAsync("shimen.editor");
        var a = await PublishAsync(sanzhualun, "sanzhualun", "dongtai", "三爪仑乡森林防火巡查工作动态", "森林防火巡查。");
        var b = await PublishAsync(shimen, "shimen", "dongtai", "石门镇森林防火宣传月活动", "森林防火宣传。");
        await SearchUntilAsync(App.CreateClient(), "森林防火", r => Ids(r).Contains(a) && Ids(r).Contains(b));

        var supervisor = await App.ApiClientAsync("county.supervisor");
        var all = await OkJsonAsync(await supervisor.GetAsync("/api/search?q=森林防火&scope=mine", Ct));
        Assert.Contains(a, Ids(all));
        Assert.Contains(b, Ids(all));
        var own = await OkJsonAsync(await sanzhualun.GetAsync("/api/search?q=森林防火&scope=mine", Ct));
        Assert.Equal([a], Ids(own));
    }

    // Every signed-in user has the token page's form, hence a valid antiforgery token.
    private static Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string url) =>
        client.PostFormAsync("/admin/tokens", [], action: url);
}

public sealed class SearchApiTestsOnSqlite(SqliteApp app) : SearchApiTests(app), IClassFixture<SqliteApp>;

public sealed class SearchApiTestsOnPostgreSql(PostgresApp app) : SearchApiTests(app), IClassFixture<PostgresApp>;
