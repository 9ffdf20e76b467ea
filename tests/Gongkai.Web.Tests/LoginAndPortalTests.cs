using System.Net;
using Gongkai.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests;

/// <summary>Cookie login with antiforgery and lockout, and the public portal shell.</summary>
public sealed class LoginAndPortalTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private GongkaiFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_with_the_right_password_opens_the_back_office_and_a_wrong_one_is_refused_and_audited()
    {
        var client = App.CookieClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin", Ct)).StatusCode);

        var wrong = await client.LoginAsync("songjiang.admin", "not-the-password-1");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("用户名或密码不正确。", await wrong.Content.ReadAsStringAsync(Ct));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "登录失败" && e.After!.Contains("songjiang.admin"), Ct)));

        var ok = await client.LoginAsync("songjiang.admin", DemoSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("/admin", ok.Headers.Location?.OriginalString);
        var dashboard = await client.GetStringAsync("/admin", Ct);
        Assert.Contains("松江乡管理员", dashboard);
        Assert.Contains("机构管理员", dashboard);
        // Not a platform admin: the agency tree page is refused.
        var agencies = await client.GetAsync("/admin/agencies", Ct);
        Assert.NotEqual(HttpStatusCode.OK, agencies.StatusCode);
    }

    [Fact]
    public async Task Five_failed_logins_lock_the_account_even_for_the_right_password()
    {
        var client = App.CookieClient();
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync("shuangxi.editor", "wrong-password-" + i);
        }

        var locked = await client.LoginAsync("shuangxi.editor", DemoSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("账号已被临时锁定", await locked.Content.ReadAsStringAsync(Ct));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "登录被拒（账号已锁定）", Ct)));
    }

    [Fact]
    public async Task Login_without_antiforgery_token_is_rejected()
    {
        var client = App.CookieClient();
        var r = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = DemoSeeder.DemoPassword,
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
    }

    [Fact]
    public async Task Empty_login_fields_get_chinese_field_messages()
    {
        var client = App.CookieClient();
        var r = await client.LoginAsync("", "");
        var html = await r.Content.ReadAsStringAsync(Ct);
        Assert.Contains("请填写用户名。", html);
        Assert.Contains("请填写密码。", html);
    }

    [Fact]
    public async Task Portal_home_shows_the_standard_columns_in_readable_utf8()
    {
        var html = await App.CreateClient().GetStringAsync("/sanzhualun", Ct);
        foreach (var column in new[] { "信息公开指南", "信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开" })
        {
            Assert.Contains(column, html);
        }

        Assert.Contains("三爪仑乡人民政府", html);
        Assert.DoesNotContain("&#x", html);
        Assert.Equal(HttpStatusCode.NotFound, (await App.CreateClient().GetAsync("/no-such-agency", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await App.CreateClient().GetAsync("/sanzhualun/no-such-column", Ct)).StatusCode);
    }

    [Fact]
    public async Task Guide_page_carries_the_agency_contact_details_and_the_statutory_deadline()
    {
        var html = await App.CreateClient().GetStringAsync("/songjiang/guide", Ct);
        Assert.Contains("松江乡政府大院党政综合办公室", html);
        Assert.Contains("20个工作日", html);
    }

    [Fact]
    public async Task Preference_switches_only_redirect_locally()
    {
        var client = App.CookieClient();
        var evil = await client.GetAsync("/_prefs/care?on=1&return=https://evil.example/", Ct);
        Assert.Equal("/", evil.Headers.Location?.OriginalString);
        var protocolRelative = await client.GetAsync("/_prefs/script?to=hant&return=//evil.example/", Ct);
        Assert.Equal("/", protocolRelative.Headers.Location?.OriginalString);
        var local = await client.GetAsync("/_prefs/care?on=1&return=/songjiang", Ct);
        Assert.Equal("/songjiang", local.Headers.Location?.OriginalString);
    }
}
