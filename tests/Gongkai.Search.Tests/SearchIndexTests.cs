using Gongkai.Core.Calendar;
using Gongkai.Search;
using Lucene.Net.Store;
using static Gongkai.Search.Tests.TestDocuments;

namespace Gongkai.Search.Tests;

public sealed class SearchIndexTests
{
    [Fact]
    public void Quoted_text_is_an_exact_phrase()
    {
        using var index = Index(
            Doc(1, "公告", body: "城市更新 行动方案"),
            Doc(2, "公告", body: "行动方案的城市更新部分"),
            Doc(3, "公告", body: "城市更新行动方案"));

        Assert.Equal([1, 3], index.Search(new SearchQuery("\"城市更新 行动方案\"")).Ids().Order());
        Assert.Equal([3], index.Search(new SearchQuery("“更新行动”")).Ids());
        // Documents 1 and 3 score alike, so their order is not part of the contract: pick document 1's snippet.
        Assert.Equal("<mark>城市更新</mark> <mark>行动方案</mark>", index.Search(new SearchQuery("\"城市更新 行动方案\"")).Hits.Single(h => h.Id == 1).Snippet);
        Assert.Equal("城市<mark>更新行动</mark>方案", index.Search(new SearchQuery("“更新行动”")).Hits[0].Snippet);
        Assert.Equal([1, 2, 3], index.Search(new SearchQuery("城市更新 行动方案")).Ids().Order());
    }

    [Theory]
    [InlineData("松政发〔2026〕8号")]
    [InlineData("松政发[2026]8号")]
    [InlineData("松政发【2026】8号")]
    [InlineData("松政发［２０２６］８号")]
    [InlineData("松政發〔2026〕8號")]
    public void Document_number_query_finds_the_document_first(string query)
    {
        using var index = Index(
            Doc(1, "关于转发松政发〔2026〕8号文件的通知", body: "根据松政发〔2026〕8号文件，松政发〔2026〕8号的要求如下。", documentNumber: "松办发〔2026〕3号"),
            Doc(2, "松江区促进产业发展若干意见", documentNumber: "松政发〔2026〕8号"),
            Doc(3, "另一份文件", documentNumber: "松政发〔2026〕18号"));

        var result = index.Search(new SearchQuery(query));

        Assert.Equal(2, result.Hits[0].Id);
        Assert.DoesNotContain(3, result.Ids());
    }

    [Theory]
    [InlineData("songjiang/2026-000001")]
    [InlineData("SONGJIANG/2026-000001")]
    [InlineData("ｓｏｎｇｊｉａｎｇ／２０２６－０００００１")]
    public void Index_number_query_finds_the_document_first(string query)
    {
        using var index = Index(
            Doc(1, "引用 songjiang/2026-000001 的说明", body: "songjiang 2026 000001 songjiang 2026 000001"),
            Doc(2, "正式文件", indexNumber: "songjiang/2026-000001"),
            Doc(3, "其他文件", indexNumber: "songjiang/2026-000002"));

        var result = index.Search(new SearchQuery(query));

        Assert.Equal(2, result.Hits[0].Id);
        Assert.DoesNotContain(3, result.Ids());
    }

    [Fact]
    public void Filters_by_agency_set_date_range_column_topic_type_and_document_number()
    {
        using var index = Index(
            Doc(1, "环境保护规划", agency: "songjiang", publishedAt: new DateTimeOffset(2026, 1, 1, 0, 30, 0, ChinaTime.Offset), topic: "环境保护", documentType: "规范性文件", documentNumber: "松环发〔2026〕1号"),
            Doc(2, "环境保护检查", agency: "minhang", column: "plan", publishedAt: new DateTimeOffset(2025, 12, 31, 23, 30, 0, ChinaTime.Offset), topic: "环境保护"),
            Doc(3, "环境保护通报", agency: "fengxian", publishedAt: new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero)),
            Doc(4, "环境保护总结", agency: "songjiang", column: "plan", publishedAt: new DateTimeOffset(2026, 3, 1, 10, 0, 0, ChinaTime.Offset)));

        Assert.Equal([1, 2, 4], index.Search(new SearchQuery("环境保护", Agencies: ["songjiang", "minhang"])).Ids().Order());
        Assert.Equal([1, 2, 3, 4], index.Search(new SearchQuery("环境保护", Agencies: [])).Ids().Order());
        Assert.Equal([1, 4], index.Search(new SearchQuery("环境保护", Agencies: [.. Enumerable.Range(0, 3000).Select(i => $"a{i}"), "songjiang"])).Ids().Order());
        Assert.Equal([1, 3], index.Search(new SearchQuery("环境保护", From: new DateOnly(2026, 1, 1), To: new DateOnly(2026, 2, 1))).Ids().Order());
        Assert.Equal([2], index.Search(new SearchQuery("环境保护", To: new DateOnly(2025, 12, 31))).Ids());
        Assert.Equal([2, 4], index.Search(new SearchQuery("环境保护", Column: "plan")).Ids().Order());
        Assert.Equal([4], index.Search(new SearchQuery("环境保护", Column: "plan", Agencies: ["songjiang"])).Ids());
        Assert.Equal([1, 2], index.Search(new SearchQuery("环境保护", Topic: "环境保护")).Ids().Order());
        Assert.Equal([1], index.Search(new SearchQuery("环境保护", DocumentType: "规范性文件")).Ids());
        Assert.Equal([1], index.Search(new SearchQuery("环境保护", DocumentNumber: "松环发[2026]1号")).Ids());
        Assert.Equal([1], index.Search(new SearchQuery("环境保护", DocumentNumber: "松环发")).Ids());
        Assert.Empty(index.Search(new SearchQuery("环境保护", From: DateOnly.MaxValue)).Hits);
        Assert.Equal(4, index.Search(new SearchQuery("环境保护", From: DateOnly.MinValue, To: DateOnly.MaxValue)).Total);
    }

    [Fact]
    public void Facets_count_all_matching_documents()
    {
        using var index = Index(
            Doc(1, "人才政策", agency: "songjiang", topic: "劳动就业", publishedAt: new DateTimeOffset(2026, 1, 5, 0, 0, 0, ChinaTime.Offset)),
            Doc(2, "人才公寓", agency: "songjiang", column: "plan", topic: "住房保障", publishedAt: new DateTimeOffset(2025, 6, 1, 0, 0, 0, ChinaTime.Offset)),
            Doc(3, "人才引进", agency: "minhang", topic: "劳动就业", publishedAt: new DateTimeOffset(2025, 12, 31, 20, 0, 0, TimeSpan.Zero)),
            Doc(4, "道路养护", agency: "minhang", topic: "交通运输"));

        var result = index.Search(new SearchQuery("人才", PageSize: 1));

        Assert.Equal(3, result.Total);
        Assert.Single(result.Hits);
        Assert.Equal([new Facet("songjiang", "松江区人民政府", 2), new Facet("minhang", "闵行区人民政府", 1)], result.Facets["agency"]);
        Assert.Equal([new Facet("notice", "通知公告", 2), new Facet("plan", "规划信息", 1)], result.Facets["column"]);
        Assert.Equal([new Facet("劳动就业", "劳动就业", 2), new Facet("住房保障", "住房保障", 1)], result.Facets["topic"]);

        // 2025-12-31 20:00 UTC is 2026-01-01 in China.
        Assert.Equal([new Facet("2026", "2026年", 2), new Facet("2025", "2025年", 1)], result.Facets["year"]);
    }

    [Fact]
    public void Newest_sort_and_paging()
    {
        var docs = Enumerable.Range(1, 25)
            .Select(i => Doc(i, $"年度报告第{i}号", publishedAt: Base.AddDays(i % 2 == 0 ? i : -i)))
            .ToArray();
        using var index = Index(docs);

        var newest = Enumerable.Range(1, 3)
            .SelectMany(page => index.Search(new SearchQuery("年度报告", Sort: SearchSort.Newest, Page: page)).Hits)
            .ToList();

        Assert.Equal(25, newest.Count);
        Assert.Equal(25, newest.Select(h => h.Id).Distinct().Count());
        Assert.Equal(newest.OrderByDescending(h => h.PublishedAt).Select(h => h.Id), newest.Select(h => h.Id));
        Assert.Equal(24, newest[0].Id);
        Assert.All(newest, h => Assert.True(h.Score > 0));

        var third = index.Search(new SearchQuery("年度报告", Page: 3));
        Assert.Equal(25, third.Total);
        Assert.Equal(5, third.Hits.Count);
        Assert.Empty(index.Search(new SearchQuery("年度报告", Page: 4)).Hits);
    }

    [Fact]
    public void Delete_removes_and_upsert_replaces()
    {
        using var index = Index(Doc(1, "旧标题 防汛"), Doc(2, "防汛预案"));

        index.Upsert(Doc(1, "新标题 防汛"));
        index.Upsert(Doc(1, "新标题 防汛 再次"));
        index.Delete(2);
        Assert.Equal(2, index.Search(new SearchQuery("防汛")).Total);
        index.Commit();

        var result = index.Search(new SearchQuery("防汛"));
        Assert.Equal(1, index.Count);
        Assert.Equal([1], result.Ids());
        Assert.Equal("新标题 防汛 再次", result.Hits[0].Title);
        Assert.Empty(index.Search(new SearchQuery("旧标题")).Hits);
    }

    [Theory]
    [InlineData("", "请输入要搜索的内容。")]
    [InlineData("   \t ", "请输入要搜索的内容。")]
    [InlineData("*?~^\\:", "搜索内容需要包含汉字、字母或数字。")]
    [InlineData("\"\"", "搜索内容需要包含汉字、字母或数字。")]
    public void Bad_input_is_a_problem_not_an_exception(string text, string problem)
    {
        using var index = Index(Doc(1, "测试文件"));

        var result = index.Search(new SearchQuery(text));

        Assert.Equal(problem, result.Problem);
        Assert.Empty(result.Hits);
        Assert.Equal(SearchResult.FacetKeys.Order(), result.Facets.Keys.Order());
        Assert.All(result.Facets.Values, Assert.Empty);
    }

    [Fact]
    public void Over_long_input_is_a_problem()
    {
        using var index = Index(Doc(1, "测试文件"));

        Assert.Equal("搜索内容不能超过200个字。", index.Search(new SearchQuery(new string('测', 10_000))).Problem);
        Assert.Null(index.Search(new SearchQuery(new string('测', 200))).Problem);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("测试\"文件")]
    [InlineData("AND OR NOT (")]
    [InlineData("AND(")]
    [InlineData("测试 AND 文件 OR (x")]
    [InlineData("title:测试 -文件 +测试 [1 TO 2] {a} 测试~2 测*")]
    [InlineData("<script>alert('x')</script> & 测试")]
    [InlineData("\uD840")]
    public void Syntax_characters_are_just_text(string text)
    {
        using var index = Index(Doc(1, "测试文件"), Doc(2, "AND OR NOT 说明"));

        var result = index.Search(new SearchQuery(text));

        Assert.True(result.Problem is not null || result.Total >= 0);
        Assert.All(result.Hits, h => Assert.DoesNotContain("<script", h.TitleHighlighted + h.Snippet));
    }

    [Fact]
    public void Unbalanced_quote_searches_the_rest_as_words()
    {
        using var index = Index(Doc(1, "测试文件"));

        Assert.Equal([1], index.Search(new SearchQuery("\"测试 文件")).Ids());
        using var other = Index(Doc(2, "AND OR NOT 说明"));
        Assert.Equal([2], other.Search(new SearchQuery("AND OR NOT (")).Ids());
    }

    [Fact]
    public void Attachment_text_is_searchable_and_gives_the_snippet()
    {
        using var index = Index(Doc(1, "附件公示", body: "详见附件。", attachments: ["第一份附件无关内容", "拟录用人员名单：张三、李四"]));

        var result = index.Search(new SearchQuery("录用人员"));

        Assert.Equal([1], result.Ids());
        Assert.Equal("拟<mark>录用人员</mark>名单：张三、李四", result.Hits[0].Snippet);
    }

    [Fact]
    public void Highlights_are_html_encoded_and_keep_the_original_script()
    {
        using var index = Index(Doc(1, "關於<徵地補償>標準 & R&D的通知", body: "正文"));

        var result = index.Search(new SearchQuery("征地补偿 d"));
        Assert.Equal("關於&lt;<mark>徵地補償</mark>&gt;標準 &amp; R&amp;<mark>D</mark>的通知", result.Hits[0].TitleHighlighted);
    }

    [Fact]
    public void Snippet_is_centred_on_the_densest_match()
    {
        var body = new string('甲', 300) + "防汛" + new string('乙', 300) + "防汛防台应急预案" + new string('丙', 300);
        using var index = Index(Doc(1, "通知", body: body));

        var snippet = index.Search(new SearchQuery("防汛 预案")).Hits[0].Snippet;

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("乙<mark>防汛</mark>防台应急<mark>预案</mark>丙", snippet);
        Assert.InRange(snippet.Replace("<mark>", "").Replace("</mark>", "").Length, 100, 125);
    }

    [Fact]
    public void Commit_user_data_round_trips_and_survives_reopening()
    {
        var folder = Path.Combine(Path.GetTempPath(), "gongkai-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var index = SearchIndex.OpenFolder(folder))
            {
                Assert.Null(index.GetCommitData("outbox"));
                index.Upsert([Doc(1, "城市规划"), Doc(2, "乡村规划")]);
                index.Commit(new Dictionary<string, string> { ["outbox"] = "41", ["version"] = "1" });
                index.Commit(new Dictionary<string, string> { ["outbox"] = "42" });
                Assert.Equal("42", index.GetCommitData("outbox"));
                index.Upsert(Doc(3, "未提交的规划")); // discarded by Dispose
            }

            using (var reopened = SearchIndex.OpenFolder(folder))
            {
                Assert.Equal("42", reopened.GetCommitData("outbox"));
                Assert.Equal("1", reopened.GetCommitData("version"));
                Assert.Equal(2, reopened.Count);
                Assert.Equal([1, 2], reopened.Search(new SearchQuery("规划")).Ids().Order());
            }
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Changes_are_invisible_until_commit()
    {
        using var index = new SearchIndex(new RAMDirectory());

        index.Upsert(Doc(1, "预算公开"));
        Assert.Equal(0, index.Count);
        Assert.Empty(index.Search(new SearchQuery("预算")).Hits);

        index.Commit();
        Assert.Equal(1, index.Count);
        Assert.Equal([1], index.Search(new SearchQuery("预算")).Ids());
    }
}
