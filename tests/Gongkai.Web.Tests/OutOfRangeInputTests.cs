using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests;

/// <summary>
/// Inputs at the ends of the calendar and crafted return paths get a Chinese 400 or a safe redirect, never a 500
/// (issue 13, finding 4): dates outside 1949–2100 overflowed the Beijing-day conversion.
/// </summary>
public sealed class OutOfRangeInputTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private GongkaiFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("1948-12-31")]
    public async Task The_deadline_endpoint_answers_400_in_chinese_for_a_date_outside_1949_to_2100(string received)
    {
        var r = await App.CreateClient().GetAsync($"/api/calendar/due?received={received}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains(await r.FieldErrorsAsync("received"), m => m.Contains("1949年1月1日至2100年12月31日", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_deadline_endpoint_still_answers_at_the_ends_of_the_range()
    {
        Assert.Equal(HttpStatusCode.OK, (await App.CreateClient().GetAsync("/api/calendar/due?received=1949-01-03", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await App.CreateClient().GetAsync("/api/calendar/due?received=2100-12-01", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("from=0001-01-01", "from")]
    [InlineData("to=9999-12-31", "to")]
    public async Task The_audit_api_and_page_refuse_dates_outside_the_range_per_field(string query, string field)
    {
        var api = await App.ApiClientAsync("admin");
        var r = await api.GetAsync($"/api/audit?{query}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains(await r.FieldErrorsAsync(field), m => m.Contains("1949年1月1日", StringComparison.Ordinal));

        var page = await App.SignedInClientAsync("admin");
        var html = await page.GetAsync($"/admin/audit?{query}", Ct);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("1949年1月1日至2100年12月31日", await html.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/%0A/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("https://evil.example/")]
    public async Task The_script_and_care_switches_never_redirect_off_site_or_fail(string target)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var path in new[] { $"/_prefs/script?to=hant&return={target}", $"/_prefs/care?on=1&return={target}" })
        {
            var r = await client.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.Equal("/", r.Headers.Location?.OriginalString);
        }

        var ok = await client.GetAsync("/_prefs/script?to=hant&return=/songjiang/catalog", Ct);
        Assert.Equal("/songjiang/catalog", ok.Headers.Location?.OriginalString);
    }
}

/// <summary>Reading is side-effect free (issue 13, finding 5): the standard catalog exists from the agency's creation, never from a GET.</summary>
public sealed class ReadsWriteNothingTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private GongkaiFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<(int Columns, int Audit)> CountsAsync() => App.WithDbAsync(async db =>
        (await db.CatalogColumns.CountAsync(Ct), await db.AuditEntries.CountAsync(Ct)));

    [Fact]
    public async Task Every_agency_has_its_catalog_at_start_and_a_supervisors_reads_write_nothing()
    {
        Assert.True(await App.WithDbAsync(db => db.Agencies.AllAsync(a => db.CatalogColumns.Any(c => c.AgencyId == a.Id), Ct)));
        var before = await CountsAsync();

        var supervisor = await App.ApiClientAsync("county.supervisor");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/api/agencies/shimen/catalog/columns", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync("/api/agencies/shimen/catalog/health", Ct)).StatusCode);
        var page = await App.SignedInClientAsync("county.supervisor");
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync("/admin/catalog?agency=shuangxi", Ct)).StatusCode);

        // The API token made for the supervisor is the only write, and it is not a catalog one.
        var after = await CountsAsync();
        Assert.Equal(before.Columns, after.Columns);
        Assert.Equal(0, await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "CatalogColumn" && e.Actor == "county.supervisor", Ct)));
    }

    [Fact]
    public async Task A_new_agency_gets_the_standard_catalog_when_it_is_created()
    {
        var admin = await App.ApiClientAsync("admin");
        var r = await admin.PostAsJsonAsync("/api/agencies", new { code = "xinzhen", name = "示范县新镇人民政府", level = "Township", parentCode = "shifan" }, Ct);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var columns = await App.WithDbAsync(db => db.CatalogColumns.CountAsync(c => db.Agencies.Any(a => a.Id == c.AgencyId && a.Code == "xinzhen"), Ct));
        Assert.Equal(Gongkai.Core.Catalog.StandardColumns.Township.Count, columns);
    }
}
