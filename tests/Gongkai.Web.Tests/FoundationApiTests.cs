using System.Net;
using System.Net.Http.Json;
using Gongkai.Core.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests;

/// <summary>Agency isolation, roles, tokens, validation and audit through the JSON API, on SQLite and PostgreSQL.</summary>
public abstract class FoundationApiTests(AppFixture fixture)
{
    private GongkaiFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Public_agency_list_has_the_demo_county_and_its_five_townships()
    {
        var client = App.CreateClient();
        var json = await (await client.GetAsync("/api/agencies", Ct)).JsonAsync();
        var rows = json.EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!, e => e);
        Assert.Equal("示范县人民政府", rows["shifan"].GetProperty("name").GetString());
        foreach (var (code, name) in new[] { ("songjiang", "松江乡人民政府"), ("sanzhualun", "三爪仑乡人民政府"), ("zhoushang", "洲上乡人民政府"), ("shimen", "石门镇人民政府"), ("shuangxi", "双溪乡人民政府") })
        {
            Assert.Equal(name, rows[code].GetProperty("name").GetString());
            Assert.Equal("shifan", rows[code].GetProperty("parentCode").GetString());
        }

        Assert.Equal("shifan", rows["shifan-gkb"].GetProperty("parentCode").GetString());
    }

    [Fact]
    public async Task Township_editor_cannot_read_or_change_another_townships_records()
    {
        var editor = await App.ApiClientAsync("songjiang.editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/agencies/sanzhualun/staff", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/agencies/sanzhualun/profile", Ct)).StatusCode);
        var put = await editor.PutJsonAsync("/api/agencies/sanzhualun/profile", new { address = "被篡改的地址" });
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        // An editor is not an admin even in their own township.
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PutJsonAsync("/api/agencies/songjiang/profile", new { address = "x" })).StatusCode);
        var addresses = await App.WithDbAsync(db => db.Agencies.Where(a => a.Code == "sanzhualun" || a.Code == "songjiang").Select(a => a.Address).ToListAsync(Ct));
        Assert.DoesNotContain("被篡改的地址", addresses);
        Assert.DoesNotContain("x", addresses);
        // Their own agency is readable.
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/agencies/songjiang/staff", Ct)).StatusCode);
    }

    [Fact]
    public async Task Supervisor_reads_subordinates_but_cannot_write()
    {
        var supervisor = await App.ApiClientAsync("county.supervisor");
        var staff = await supervisor.GetAsync("/api/agencies/zhoushang/staff", Ct);
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Contains((await staff.JsonAsync()).EnumerateArray(), u => u.GetProperty("userName").GetString() == "zhoushang.admin");
        var me = await (await supervisor.GetAsync("/api/me", Ct)).JsonAsync();
        var readable = me.GetProperty("readableAgencies").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("shimen", readable);
        Assert.Contains("shifan-gkb", readable);

        var before = await App.WithDbAsync(db => db.AuditEntries.CountAsync(Ct));
        var phoneBefore = await App.WithDbAsync(db => db.Agencies.Where(a => a.Code == "zhoushang").Select(a => a.Phone).SingleAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PutJsonAsync("/api/agencies/zhoushang/profile", new { phone = "110" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync("/api/agencies/zhoushang/staff",
            new { userName = "intruder", displayName = "x", password = "abcdefgh12", roles = new[] { "Editor" } }, Ct)).StatusCode);
        Assert.Equal(phoneBefore, await App.WithDbAsync(db => db.Agencies.Where(a => a.Code == "zhoushang").Select(a => a.Phone).SingleAsync(Ct)));
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "intruder", Ct)));
        Assert.Equal(before, await App.WithDbAsync(db => db.AuditEntries.CountAsync(Ct)));
    }

    [Fact]
    public async Task Agency_admin_edits_own_profile_and_the_change_is_audited_with_before_and_after()
    {
        var admin = await App.ApiClientAsync("shimen.admin");
        var r = await admin.PutJsonAsync("/api/agencies/shimen/profile", new { address = "石门镇人民路8号", phone = "0573-88000000", officeHours = "工作日" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var entry = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Agency" && e.Actor == "shimen.admin").OrderByDescending(e => e.Id).FirstAsync(Ct));
        Assert.Equal("修改", entry.Action);
        Assert.Contains("石门镇人民路8号", entry.After);
        Assert.Contains("石门镇政府大院党政综合办公室", entry.Before);
        var shimenId = await App.WithDbAsync(db => db.Agencies.Where(a => a.Code == "shimen").Select(a => a.Id).SingleAsync(Ct));
        Assert.Equal(shimenId, entry.AgencyId);
        Assert.NotNull(entry.UserId);
    }

    [Fact]
    public async Task Platform_admin_creates_and_moves_agencies_and_every_write_is_audited()
    {
        var admin = await App.ApiClientAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/agencies", new { code = "xinhe", name = "新河镇人民政府", level = "Township", parentCode = "shifan" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var moved = await admin.PutJsonAsync("/api/agencies/xinhe", new { name = "新河镇人民政府", level = "Township", parentCode = "shifan-gkb" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var entries = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "Agency" && e.Actor == "admin").OrderBy(e => e.Id).ToListAsync(Ct));
        Assert.Contains(entries, e => e.Action == "创建" && e.After!.Contains("新河镇人民政府"));
        Assert.Contains(entries, e => e.Action == "修改" && e.Before!.Contains("ParentId") && e.After!.Contains("ParentId"));
    }

    [Fact]
    public async Task Bad_agency_input_gets_chinese_field_errors_and_changes_nothing()
    {
        var admin = await App.ApiClientAsync("admin");
        var count = await App.WithDbAsync(db => db.Agencies.CountAsync(Ct));

        var empty = await admin.PostAsJsonAsync("/api/agencies", new { code = "", name = "  ", level = "Township" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("请填写机构名称。", await empty.FieldErrorsAsync("name"));
        Assert.Contains("请填写机构代码。", await (await admin.PostAsJsonAsync("/api/agencies", new { code = "", name = "甲", level = "Township" }, Ct)).FieldErrorsAsync("code"));

        var longName = await admin.PostAsJsonAsync("/api/agencies", new { code = "longname", name = new string('乡', 65), level = "Township" }, Ct);
        Assert.Contains(await longName.FieldErrorsAsync("name"), m => m.Contains("不能超过64个字符", StringComparison.Ordinal));

        var duplicate = await admin.PostAsJsonAsync("/api/agencies", new { code = "songjiang", name = "另一个松江乡", level = "Township" }, Ct);
        Assert.Contains("机构代码“songjiang”已存在。", await duplicate.FieldErrorsAsync("code"));

        var badCode = await admin.PostAsJsonAsync("/api/agencies", new { code = "Song Jiang", name = "乙", level = "Township" }, Ct);
        Assert.Contains(await badCode.FieldErrorsAsync("code"), m => m.StartsWith("机构代码须以小写字母开头", StringComparison.Ordinal));

        var reserved = await admin.PostAsJsonAsync("/api/agencies", new { code = "admin", name = "丙", level = "Township" }, Ct);
        Assert.Contains(await reserved.FieldErrorsAsync("code"), m => m.Contains("系统保留字", StringComparison.Ordinal));

        // The county under one of its own townships would be a cycle.
        var cycle = await admin.PutJsonAsync("/api/agencies/shifan", new { name = "示范县人民政府", level = "County", parentCode = "songjiang" });
        Assert.Equal(HttpStatusCode.BadRequest, cycle.StatusCode);
        Assert.Contains(await cycle.FieldErrorsAsync("parentCode"), m => m.Contains("形成循环", StringComparison.Ordinal));
        var self = await admin.PutJsonAsync("/api/agencies/songjiang", new { name = "松江乡人民政府", level = "Township", parentCode = "songjiang" });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);

        Assert.Equal(count, await App.WithDbAsync(db => db.Agencies.CountAsync(Ct)));
        Assert.Null(await App.WithDbAsync(db => db.Agencies.Where(a => a.Code == "shifan").Select(a => a.ParentId).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Township_admin_creates_staff_in_own_agency_only_and_weak_passwords_create_nothing()
    {
        var admin = await App.ApiClientAsync("sanzhualun.admin");
        var weak = await admin.PostAsJsonAsync("/api/agencies/sanzhualun/staff",
            new { userName = "weak.user", displayName = "弱密码", password = "123", roles = new[] { "Editor" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("密码至少需要10个字符。", await weak.FieldErrorsAsync("password"));
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "weak.user", Ct)));

        var ok = await admin.PostAsJsonAsync("/api/agencies/sanzhualun/staff",
            new { userName = "sanzhualun.clerk", displayName = "新文员", password = "clerkpass2026", roles = new[] { "Editor" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "StaffUser" && e.Action == "创建" && e.After!.Contains("sanzhualun.clerk"), Ct)));
        var hashLeak = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.After!.Contains("sanzhualun.clerk")).Select(e => e.After).ToListAsync(Ct));
        Assert.All(hashLeak, a => Assert.DoesNotContain("AQAAAA", a));

        var elsewhere = await admin.PostAsJsonAsync("/api/agencies/shuangxi/staff",
            new { userName = "sneaky", displayName = "越权", password = "sneakypass2026", roles = new[] { "Editor" } }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        var escalate = await admin.PostAsJsonAsync("/api/agencies/sanzhualun/staff",
            new { userName = "sneaky2", displayName = "提权", password = "sneakypass2026", roles = new[] { "PlatformAdmin" } }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, escalate.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName!.StartsWith("sneaky"), Ct)));
    }

    [Fact]
    public async Task Malformed_missing_and_revoked_tokens_are_refused_in_chinese()
    {
        var anon = App.CreateClient();
        var none = await anon.GetAsync("/api/me", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Contains("需要访问令牌", (await none.JsonAsync()).GetProperty("title").GetString());

        anon.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        var bad = await anon.GetAsync("/api/me", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Equal("访问令牌格式不正确。", (await bad.JsonAsync()).GetProperty("title").GetString());

        anon.DefaultRequestHeaders.Authorization = new("Bearer", "gk_" + new string('A', 43));
        var unknown = await anon.GetAsync("/api/me", Ct);
        Assert.Equal("访问令牌无效、已过期或已撤销。", (await unknown.JsonAsync()).GetProperty("title").GetString());

        var client = await App.ApiClientAsync("shuangxi.admin");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me", Ct)).StatusCode);
        await App.WithDbAsync(async db =>
        {
            var token = await db.ApiTokens.Include(t => t.User).Where(t => t.User!.UserName == "shuangxi.admin").FirstAsync(Ct);
            token.RevokedAt = DateTimeOffset.UnixEpoch;
            return await db.SaveChangesAsync(Ct);
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me", Ct)).StatusCode);
    }

    [Fact]
    public async Task Audit_log_is_append_only()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithDbAsync(async db =>
        {
            var e = await db.AuditEntries.FirstAsync(Ct);
            e.Action = "篡改";
            return await db.SaveChangesAsync(Ct);
        }));
        Assert.Contains("只能追加", ex.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(Ct));
            return await db.SaveChangesAsync(Ct);
        }));
    }

    [Fact]
    public async Task Audit_api_shows_an_agency_admin_only_their_agency()
    {
        var admin = await App.ApiClientAsync("zhoushang.admin");
        await admin.PutJsonAsync("/api/agencies/zhoushang/profile", new { phone = "0795-1234567" });
        var page = await (await admin.GetAsync("/api/audit", Ct)).JsonAsync();
        var codes = page.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("agencyCode").GetString()).Distinct().ToList();
        Assert.Equal(["zhoushang"], codes);
        var editor = await App.ApiClientAsync("songjiang.editor");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/audit", Ct)).StatusCode);
    }

    [Fact]
    public async Task Malformed_json_and_unknown_values_get_a_chinese_400_and_change_nothing()
    {
        var admin = await App.ApiClientAsync("admin");
        var count = await App.WithDbAsync(db => db.Agencies.CountAsync(Ct));
        var broken = await admin.PostAsync("/api/agencies", new StringContent("{\"code\": \"abc\", ", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("请求格式不正确，请检查参数和 JSON 内容。", (await broken.JsonAsync()).GetProperty("title").GetString());
        var badLevel = await admin.PostAsJsonAsync("/api/agencies", new { code = "abc", name = "甲", level = "Kingdom" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badLevel.StatusCode);
        Assert.Contains("请求格式不正确", (await badLevel.JsonAsync()).GetProperty("title").GetString());
        Assert.Equal(count, await App.WithDbAsync(db => db.Agencies.CountAsync(Ct)));
    }

    [Fact]
    public async Task Health_and_openapi_endpoints_answer()
    {
        var client = App.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz", Ct));
        var openapi = await client.GetStringAsync("/openapi/v1.json", Ct);
        Assert.Contains("/api/agencies", openapi);
        Assert.Contains("/api/audit", openapi);
    }
}

public sealed class FoundationApiTestsOnSqlite(SqliteApp app) : FoundationApiTests(app), IClassFixture<SqliteApp>;

public sealed class FoundationApiTestsOnPostgreSql(PostgresApp app) : FoundationApiTests(app), IClassFixture<PostgresApp>;
