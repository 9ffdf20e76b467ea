using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Web.Features.Demo;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>The public side of 主动公开: column tree, lists, item pages, feed, sitemap and their output cache.</summary>
public abstract class PortalCatalogTests(AppFixture fixture)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static int sequence = 900_000;

    private GongkaiFactory App => fixture.App;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset March(int day, int hour = 2) => new(2026, 3, day, hour, 0, 0, TimeSpan.Zero);

    /// <summary>A fresh column with a unique key, so tests (and the demo seeder's standard columns) never collide.</summary>
    private async Task<CatalogColumn> ColumnAsync(string name, CatalogColumn? parent = null, bool hasValidity = false, string agency = "shimen")
    {
        return await App.WithDbAsync(async db =>
        {
            var a = await db.Agencies.SingleAsync(x => x.Code == agency, Ct);
            var c = new CatalogColumn
            {
                AgencyId = a.Id,
                ParentId = parent?.Id,
                Key = "t" + Guid.NewGuid().ToString("N")[..12],
                Name = name,
                SortOrder = 900,
                HasValidity = hasValidity,
            };
            db.CatalogColumns.Add(c);
            await db.SaveChangesAsync(Ct);
            return c;
        });
    }

    private static CatalogItem Item(CatalogColumn column, string title, DateTimeOffset? publishedAt, ItemStatus status = ItemStatus.Published, string? body = null) => new()
    {
        AgencyId = column.AgencyId,
        ColumnId = column.Id,
        // A year of its own: items the app publishes in the same database number themselves in the current year, and
        // sharing that sequence made the unique index fail whenever the two met.
        IndexNumber = status is ItemStatus.Published or ItemStatus.Withdrawn ? $"shimen/1999-{Interlocked.Increment(ref sequence):D6}" : null,
        Title = title,
        Publisher = "石门镇人民政府",
        BodyHtml = $"<p>{body ?? title + "的正文"}</p>",
        BodyText = body ?? title + "的正文",
        Status = status,
        PublishedAt = publishedAt,
        UpdatedAt = publishedAt ?? March(1),
        CreatedBy = "test",
    };

    private async Task<T> AddAsync<T>(T item)
        where T : class
    {
        await App.WithDbAsync(async db =>
        {
            db.Add(item);
            return await db.SaveChangesAsync(Ct);
        });
        return item;
    }

    private async Task AddRangeAsync(IEnumerable<CatalogItem> items) =>
        await App.WithDbAsync(async db =>
        {
            db.CatalogItems.AddRange(items);
            return await db.SaveChangesAsync(Ct);
        });

    [Fact]
    public async Task Column_lists_published_items_of_it_and_its_children_newest_first_twenty_to_a_page()
    {
        var parent = await ColumnAsync("列表测试栏目");
        var child = await ColumnAsync("列表测试子栏目", parent);
        // 20 in the parent (days 1–20), 3 in the child (days 21–23), plus a newer draft, pending and withdrawn item.
        await AddRangeAsync(Enumerable.Range(1, 23).Select(d => Item(d <= 20 ? parent : child, $"列表信息第{d:D2}号", March(d))));
        await AddRangeAsync(
        [
            Item(parent, "列表草稿信息", null, ItemStatus.Draft),
            Item(parent, "列表待审信息", null, ItemStatus.PendingReview),
            Item(child, "列表撤回信息", March(25), ItemStatus.Withdrawn),
        ]);

        var client = App.CreateClient();
        var first = await client.GetAsync($"/shimen/catalog/{parent.Key}", Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var html = await first.Content.ReadAsStringAsync(Ct);
        Assert.Contains("第1页/共2页", html);
        Assert.Contains("共23条", html);
        Assert.Contains($"href=\"/shimen/catalog/{parent.Key}?page=2\"", html);
        Assert.Contains($"href=\"/shimen/catalog/{parent.Key}/feed.xml\"", html);
        Assert.Contains("aria-label=\"位置\"", html);
        Assert.Contains("2026-03-23", html);
        Assert.DoesNotContain("上一页", html);
        // Newest first: 23 (child) … 04 on page 1.
        var positions = Enumerable.Range(4, 20).Reverse().Select(d => html.IndexOf($"列表信息第{d:D2}号", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("列表信息第03号", html);
        Assert.DoesNotContain("草稿", html);
        Assert.DoesNotContain("待审", html);
        Assert.DoesNotContain("撤回", html);

        var second = await client.GetStringAsync($"/shimen/catalog/{parent.Key}?page=2", Ct);
        Assert.Contains("第2页/共2页", second);
        Assert.Contains($"href=\"/shimen/catalog/{parent.Key}\"", second);
        Assert.Contains("上一页", second);
        Assert.DoesNotContain("下一页", second);
        Assert.Contains("列表信息第01号", second);
        Assert.Contains("列表信息第03号", second);
        Assert.DoesNotContain("列表信息第04号", second);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/shimen/catalog/{parent.Key}?page=3", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/shimen/catalog/{parent.Key}?page=0", Ct)).StatusCode);

        // The child column alone: its 3 items.
        var childPage = await client.GetStringAsync($"/shimen/catalog/{child.Key}", Ct);
        Assert.Contains("第1页/共1页", childPage);
        Assert.Contains("列表信息第21号", childPage);
        Assert.DoesNotContain("列表信息第20号", childPage);

        // The column tree: the parent counts its child's items; latest date is the child's newest.
        var tree = await client.GetStringAsync("/shimen/catalog", Ct);
        Assert.Contains("法定主动公开内容", tree);
        Assert.DoesNotContain("本栏目暂无内容", tree);
        var row = tree[tree.IndexOf($"/shimen/catalog/{parent.Key}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("<td>23</td>", row);
        Assert.Contains("2026-03-23", row);
        Assert.Contains($"/shimen/catalog/{child.Key}\"", tree);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/songjiang/catalog/{parent.Key}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/shimen/catalog/no-such-column", Ct)).StatusCode);
    }

    [Fact]
    public async Task Item_page_shows_the_metadata_body_attachments_and_interpretation_links()
    {
        var policies = await ColumnAsync("详情规范性文件", hasValidity: true);
        var readings = await ColumnAsync("详情政策解读");
        var policy = Item(policies, "石门镇村规民约管理办法", March(6), body: "第一条 为规范村规民约");
        policy.BodyHtml = "<p>第一条 为规范<strong>村规民约</strong></p>";
        policy.DocumentNumber = "石府发〔2026〕3号";
        policy.WrittenOn = new DateOnly(2026, 3, 1);
        policy.Topic = "农业、林业、水利";
        policy.Keywords = "村规民约 管理";
        policy.Validity = Validity.Effective;
        policy.EffectiveOn = new DateOnly(2026, 3, 5);
        policy.Attachments.Add(new ItemAttachment
        {
            FileName = "村规民约范本.pdf",
            ContentType = "application/pdf",
            Length = 8,
            Sha256 = new string('0', 64),
            Content = "%PDF-1.4"u8.ToArray(),
        });
        await AddAsync(policy);
        var reading = Item(readings, "《石门镇村规民约管理办法》解读", March(7));
        reading.InterpretsItemId = policy.Id;
        await AddAsync(reading);
        var hiddenReading = Item(readings, "未发布的解读稿", null, ItemStatus.Draft);
        hiddenReading.InterpretsItemId = policy.Id;
        await AddAsync(hiddenReading);

        var client = App.CreateClient();
        var html = await client.GetStringAsync($"/shimen/items/{policy.Id}", Ct);
        Assert.Contains("<h1 id=\"item-title\">石门镇村规民约管理办法</h1>", html);
        Assert.Contains(policy.IndexNumber!, html);
        Assert.Contains("石府发〔2026〕3号", html);
        Assert.Contains("<td>2026年3月1日</td>", html); // 成文日期
        Assert.Contains("<td>2026年3月6日</td>", html); // 发布日期 (10:00 Beijing time)
        Assert.Contains("农业、林业、水利", html);
        Assert.Contains("村规民约 管理", html);
        Assert.Contains("有效", html);
        Assert.Contains("2026年3月5日起施行", html);
        Assert.Contains("<p>第一条 为规范<strong>村规民约</strong></p>", html); // rendered raw
        Assert.Contains("<caption>信息索引</caption>", html);
        var attachment = policy.Attachments[0];
        Assert.Contains($"href=\"/shimen/items/{policy.Id}/attachments/{attachment.Id}\"", html);
        Assert.Contains("村规民约范本.pdf", html);
        Assert.Contains($"href=\"/shimen/items/{reading.Id}\"", html);
        Assert.DoesNotContain("未发布的解读稿", html);

        var readingHtml = await client.GetStringAsync($"/shimen/items/{reading.Id}", Ct);
        Assert.Contains($"本文解读：<a href=\"/shimen/items/{policy.Id}\">石门镇村规民约管理办法</a>", readingHtml);
        Assert.DoesNotContain("有效性", readingHtml); // the column has no 有效性

        var download = await client.GetAsync($"/shimen/items/{policy.Id}/attachments/{attachment.Id}", Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("村规民约范本.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("%PDF-1.4"u8.ToArray(), await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/songjiang/items/{policy.Id}/attachments/{attachment.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/shimen/items/{reading.Id}/attachments/{attachment.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Draft_is_404_withdrawn_is_410_with_the_reason_and_another_agency_code_is_404()
    {
        var column = await ColumnAsync("状态测试栏目");
        var draft = await AddAsync(Item(column, "状态草稿信息", null, ItemStatus.Draft));
        var scheduled = await AddAsync(Item(column, "状态定时信息", null, ItemStatus.Scheduled));
        var withdrawn = Item(column, "状态撤回信息", March(10), body: "撤回前的正文内容");
        Assert.Null(withdrawn.Withdraw("内容已过时效", "test", new DateTimeOffset(2026, 4, 1, 20, 0, 0, TimeSpan.Zero))); // 4月2日 in Beijing
        await AddAsync(withdrawn);
        var published = await AddAsync(Item(column, "状态公开信息", March(9)));

        var client = App.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/shimen/items/{draft.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/shimen/items/{scheduled.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/shimen/items/{int.MaxValue}", Ct)).StatusCode);

        var gone = await client.GetAsync($"/shimen/items/{withdrawn.Id}", Ct);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var goneHtml = await gone.Content.ReadAsStringAsync(Ct);
        Assert.Contains("该信息已于2026年4月2日撤回。撤回原因：内容已过时效", goneHtml);
        Assert.DoesNotContain("撤回前的正文内容", goneHtml);
        Assert.DoesNotContain("item-meta", goneHtml);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/shimen/items/{published.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/songjiang/items/{published.Id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/no-such-agency/items/{published.Id}", Ct)).StatusCode);

        var list = await client.GetStringAsync($"/shimen/catalog/{column.Key}", Ct);
        Assert.Contains("状态公开信息", list);
        Assert.DoesNotContain("状态撤回信息", list);
        var feed = await client.GetStringAsync($"/shimen/catalog/{column.Key}/feed.xml", Ct);
        Assert.Contains("状态公开信息", feed);
        Assert.DoesNotContain("状态撤回信息", feed);
    }

    [Fact]
    public async Task Feed_is_well_formed_atom_with_the_latest_published_items_escaped()
    {
        var column = await ColumnAsync("订阅测试栏目");
        var longBody = "通知正文" + new string('甲', 300) + "\u0001结尾";
        var tricky = Item(column, "关于<特别>事项 & \"说明\"的通知", March(12), body: longBody);
        await AddAsync(tricky);
        await AddRangeAsync(Enumerable.Range(1, 55).Select(i => Item(column, $"订阅信息{i:D2}", March(1).AddHours(i))));
        await AddAsync(Item(column, "订阅草稿", null, ItemStatus.Draft));

        var response = await App.CreateClient().GetAsync($"/shimen/catalog/{column.Key}/feed.xml", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var doc = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var feed = doc.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Contains("订阅测试栏目", feed.Element(Atom + "title")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(50, entries.Count);
        var first = entries[0];
        Assert.Equal("关于<特别>事项 & \"说明\"的通知", first.Element(Atom + "title")!.Value);
        Assert.Equal($"http://localhost/shimen/items/{tricky.Id}", first.Element(Atom + "id")!.Value);
        Assert.Equal($"http://localhost/shimen/items/{tricky.Id}", first.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal(DateTimeOffset.Parse("2026-03-12T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(first.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        var summary = first.Element(Atom + "summary")!.Value;
        Assert.StartsWith("通知正文甲甲", summary);
        Assert.Equal(201, summary.Length); // 200 characters and an ellipsis
        Assert.EndsWith("…", summary);
        Assert.Equal("订阅信息55", entries[1].Element(Atom + "title")!.Value);
        Assert.Equal("订阅信息07", entries[49].Element(Atom + "title")!.Value);
        Assert.DoesNotContain(entries, e => e.Element(Atom + "title")!.Value.Contains("草稿", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await App.CreateClient().GetAsync("/shimen/catalog/no-such-column/feed.xml", Ct)).StatusCode);
    }

    [Fact]
    public async Task Sitemap_lists_agency_homes_catalog_pages_and_published_items_but_not_drafts()
    {
        var column = await ColumnAsync("地图测试栏目");
        var published = await AddAsync(Item(column, "地图公开信息", March(14)));
        var draft = await AddAsync(Item(column, "地图草稿信息", null, ItemStatus.Draft));
        var withdrawn = await AddAsync(Item(column, "地图撤回信息", March(13), ItemStatus.Withdrawn));

        var response = await App.CreateClient().GetAsync("/sitemap.xml", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var locs = doc.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToHashSet();
        Assert.Contains("http://localhost/shimen", locs);
        Assert.Contains("http://localhost/songjiang", locs);
        Assert.Contains("http://localhost/shimen/catalog", locs);
        Assert.Contains($"http://localhost/shimen/catalog/{column.Key}", locs);
        Assert.Contains($"http://localhost/shimen/items/{published.Id}", locs);
        Assert.DoesNotContain($"http://localhost/shimen/items/{draft.Id}", locs);
        Assert.DoesNotContain($"http://localhost/shimen/items/{withdrawn.Id}", locs);
    }

    [Fact]
    public async Task Cached_pages_still_follow_each_readers_script_and_care_preferences()
    {
        var column = await ColumnAsync("缓存繁体栏目");
        var item = await AddAsync(Item(column, "关于发展经济的通知", March(15), body: "这是关于发展经济的说明"));
        var hans = App.CreateClient();
        var hant = App.CookieClient();
        Assert.Equal(HttpStatusCode.Redirect, (await hant.GetAsync("/_prefs/script?to=hant&return=/", Ct)).StatusCode);
        var care = App.CookieClient();
        Assert.Equal(HttpStatusCode.Redirect, (await care.GetAsync("/_prefs/care?on=1&return=/", Ct)).StatusCode);

        foreach (var url in new[] { $"/shimen/catalog/{column.Key}", $"/shimen/items/{item.Id}" })
        {
            // Simplified first (fills the cache), then Traditional, then each again (served from the cache).
            for (var round = 0; round < 2; round++)
            {
                var s = await hans.GetStringAsync(url, Ct);
                Assert.Contains("关于发展经济的通知", s);
                Assert.Contains("lang=\"zh-CN\"", s);
                Assert.DoesNotContain("class=\"care\"", s);

                var t = await hant.GetStringAsync(url, Ct);
                Assert.Contains("關於發展經濟的通知", t);
                Assert.DoesNotContain("关于发展经济的通知", t);
                Assert.Contains("lang=\"zh-Hant\"", t);

                var c = await care.GetStringAsync(url, Ct);
                Assert.Contains("关于发展经济的通知", c);
                Assert.Contains("class=\"care\"", c);
            }
        }

        // The feed is XML: never converted, whoever asks.
        Assert.Contains("关于发展经济的通知", await hant.GetStringAsync($"/shimen/catalog/{column.Key}/feed.xml", Ct));
    }

    [Fact]
    public async Task Lists_are_cached_for_the_public_until_the_agency_tag_is_evicted_but_never_for_staff()
    {
        // Shuangxi: no other test here changes its catalog, so nothing else evicts its pages meanwhile.
        var column = await ColumnAsync("缓存清除栏目", agency: "shuangxi");
        var item = await AddAsync(Item(column, "缓存旧信息", March(16)));
        await CacheFollowedOutboxAsync();
        var url = $"/shuangxi/catalog/{column.Key}";
        var anon = App.CreateClient();
        Assert.Contains("缓存旧信息", await anon.GetStringAsync(url, Ct));

        // A change the outbox does not announce (a bulk update bypasses SaveChanges): the page stays as cached.
        await App.WithDbAsync(db => db.CatalogItems.Where(i => i.Id == item.Id).ExecuteUpdateAsync(u => u.SetProperty(i => i.Title, "缓存新发布信息"), Ct));
        Assert.DoesNotContain("缓存新发布信息", await anon.GetStringAsync(url, Ct)); // served from the cache

        // Staff bypass the cache and do not fill it: with an API token, and signed in with the cookie.
        var staff = await App.ApiClientAsync("admin");
        Assert.Contains("缓存新发布信息", await staff.GetStringAsync(url, Ct));
        var signedIn = await App.SignedInClientAsync("shimen.editor");
        Assert.Contains("缓存新发布信息", await signedIn.GetStringAsync(url, Ct));
        Assert.DoesNotContain("缓存新发布信息", await anon.GetStringAsync(url, Ct));

        // Another agency's eviction leaves this one alone; this agency's eviction refreshes it.
        var store = App.Services.GetRequiredService<IOutputCacheStore>();
        await CatalogCache.EvictAsync(store, "songjiang", Ct);
        Assert.DoesNotContain("缓存新发布信息", await anon.GetStringAsync(url, Ct));
        await CatalogCache.EvictAsync(store, "shuangxi", Ct);
        Assert.Contains("缓存新发布信息", await anon.GetStringAsync(url, Ct));
        Assert.Equal("catalog:shimen", CatalogCache.Tag("shimen"));
    }

    [Fact]
    public async Task An_item_published_in_the_back_office_reaches_the_cached_column_page_through_the_outbox()
    {
        var (column, url, anon) = await CachedEmptyColumnAsync("缓存发布栏目");

        // 双溪乡信息编辑 holds every catalog role: draft, 保密审查, 审批 (published at once).
        var editor = await App.ApiClientAsync("shuangxi.editor");
        var created = await editor.PostAsJsonAsync("/api/agencies/shuangxi/catalog/items", new { columnId = column.Id, title = "经后台审查发布的信息", bodyHtml = "<p>正文</p>" }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();
        foreach (var action in new[] { "SubmitForReview", "PassReview", "Approve" })
        {
            Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/catalog/items/{id}/steps", new { action }, Ct)).StatusCode);
        }

        // Not after the cache's 60 s: the follower drops the agency's pages as soon as the outbox says so.
        await AppearsWithinAsync(anon, url, "经后台审查发布的信息", TimeSpan.FromSeconds(30));
        Assert.True(await App.WithDbAsync(db => db.Outbox.AnyAsync(m => m.Topic == OutboxMessage.CatalogItemTopic && m.EntityId == id, Ct)));
    }

    [Fact]
    public async Task An_item_published_by_another_node_reaches_this_nodes_cached_page_within_the_follower_interval()
    {
        var (column, url, anon) = await CachedEmptyColumnAsync("缓存他节点栏目");

        // Another web node: the same database, its own interceptor and its own signal, which wakes nothing here; this
        // node learns of the change only by polling the outbox.
        var config = App.Services.GetRequiredService<IConfiguration>();
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        DatabaseSetup.Configure(options, config, App.Services.GetRequiredService<IWebHostEnvironment>().ContentRootPath,
            new AuditInterceptor(new SystemActor("node-b"), TimeProvider.System, new OutboxSignal()));
        var item = Item(column, "另一节点发布的信息", March(18));
        await using (var nodeB = new GongkaiDbContext(options.Options))
        {
            nodeB.CatalogItems.Add(item);
            await nodeB.SaveChangesAsync(Ct);
        }

        await AppearsWithinAsync(anon, url, "另一节点发布的信息", TimeSpan.FromSeconds(30));
        var audit = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == "CatalogItem" && e.EntityId == item.Id.ToString(CultureInfo.InvariantCulture), Ct));
        Assert.Equal(("node-b", column.AgencyId), (audit.Actor, audit.AgencyId));
    }

    /// <summary>A new, empty column of 双溪乡 whose page the public has just read, so it is cached.</summary>
    private async Task<(CatalogColumn Column, string Url, HttpClient Anonymous)> CachedEmptyColumnAsync(string name)
    {
        var column = await ColumnAsync(name, agency: "shuangxi");
        await CacheFollowedOutboxAsync();
        var url = $"/shuangxi/catalog/{column.Key}";
        var anon = App.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anon.GetAsync(url, Ct)).StatusCode);
        return (column, url, anon);
    }

    /// <summary>Waits until this node's cache follower has applied every outbox row written so far.</summary>
    private async Task CacheFollowedOutboxAsync()
    {
        var follower = App.Services.GetRequiredService<PortalCacheFollower>();
        var last = await App.WithDbAsync(db => db.Outbox.MaxAsync(m => (long?)m.Id, Ct)) ?? 0;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (follower.Position is not { } p || p < last)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the cache follower is at {follower.Position}, the outbox at {last}");
            await Task.Delay(50, Ct);
        }
    }

    /// <summary>
    /// Reads <paramref name="url"/> as the public until it shows <paramref name="text"/>, within <paramref name="limit"/>:
    /// well under the cache's own 60 s expiry, so only the follower's eviction can explain it (the follower normally
    /// takes about a second; the margin is for a loaded CI machine, this is not a timing test).
    /// </summary>
    private static async Task AppearsWithinAsync(HttpClient anon, string url, string text, TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!(await anon.GetStringAsync(url, Ct)).Contains(text, StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < limit, $"“{text}” not on {url} after {clock.Elapsed.TotalMilliseconds:0} ms");
            await Task.Delay(50, Ct);
        }
    }
}

public sealed class PortalCatalogTestsOnSqlite(SqliteApp app) : PortalCatalogTests(app), IClassFixture<SqliteApp>;

public sealed class PortalCatalogTestsOnPostgreSql(PostgresApp app) : PortalCatalogTests(app), IClassFixture<PostgresApp>;
