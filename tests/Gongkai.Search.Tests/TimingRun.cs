using System.Diagnostics;
using Gongkai.Core.Calendar;
using Gongkai.Search;

namespace Gongkai.Search.Tests;

/// <summary>
/// A sanity run, not a benchmark and not asserted: 100,000 synthetic documents in a temp folder, then 200 queries.
/// Explicit, so the normal run skips it:
/// <c>dotnet run --project tests/Gongkai.Search.Tests -- --filter-class Gongkai.Search.Tests.TimingRun --explicit only</c>.
/// </summary>
public sealed class TimingRun(ITestOutputHelper output)
{
    private static readonly string[] Words =
    [
        "征地", "补偿", "标准", "城市", "更新", "行动", "方案", "环境", "保护", "规划", "建设", "项目", "公示", "预算",
        "决算", "财政", "资金", "管理", "办法", "通知", "实施", "意见", "关于", "进一步", "加强", "安全", "生产",
        "防汛", "防台", "应急", "预案", "教育", "卫生", "健康", "养老", "服务", "社区", "街道", "乡村", "振兴",
        "农业", "农村", "交通", "运输", "道路", "桥梁", "维修", "工程", "招标", "采购", "结果", "人才", "引进",
        "住房", "保障", "租赁", "市场", "监管", "食品", "药品", "企业", "扶持", "产业", "发展", "科技", "创新",
        "政务", "公开", "信息", "年度", "报告", "统计", "数据", "人口", "普查", "文化", "旅游", "体育", "赛事",
    ];

    private static readonly string[] Agencies = [.. Enumerable.Range(1, 40).Select(i => $"agency{i:00}")];
    private static readonly string[] Topics = ["城乡建设", "环境保护", "劳动就业", "财政金融", "教育", "卫生", "交通运输", "农业农村"];

    [Fact(Explicit = true)]
    public void Index_100k_and_time_200_queries()
    {
        var folder = Path.Combine(Path.GetTempPath(), "gongkai-search-timing-" + Guid.NewGuid().ToString("N"));
        try
        {
            var random = new Random(20260310);
            var clock = Stopwatch.StartNew();
            using (var index = SearchIndex.OpenFolder(folder))
            {
                index.Upsert(Enumerable.Range(1, 100_000).Select(i => Synthetic(i, random)));
                var indexed = clock.Elapsed;
                index.Commit();
                var committed = clock.Elapsed;
                output.WriteLine($"index 100,000 docs: upsert {indexed.TotalSeconds:F1} s, commit {(committed - indexed).TotalSeconds:F1} s, count {index.Count}");

                var queries = Enumerable.Range(0, 200).Select(i => Query(i, random)).ToList();
                index.Search(queries[0]); // warm-up (JIT, OpenCC tables)
                var times = new List<double>();
                var byKind = new Dictionary<string, List<(double Ms, int Total)>>();
                foreach (var (query, i) in queries.Select((q, i) => (q, i)))
                {
                    var one = Stopwatch.StartNew();
                    var result = index.Search(query);
                    times.Add(one.Elapsed.TotalMilliseconds);
                    var kind = KindNames[i % KindNames.Length];
                    (byKind.TryGetValue(kind, out var list) ? list : byKind[kind] = []).Add((times[^1], result.Total));
                }

                times.Sort();
                output.WriteLine(
                    $"200 queries: mean {times.Average():F1} ms, p50 {times[100]:F1} ms, p95 {times[190]:F1} ms, max {times[^1]:F1} ms");
                foreach (var (kind, list) in byKind)
                {
                    output.WriteLine($"  {kind,-28} mean {list.Average(x => x.Ms),6:F1} ms, max {list.Max(x => x.Ms),6:F1} ms, mean hits {list.Average(x => x.Total),8:F0}");
                }
            }

            clock.Restart();
            using (var reopened = SearchIndex.OpenFolder(folder))
            {
                var result = reopened.Search(new SearchQuery("征地补偿标准"));
                output.WriteLine($"reopen + first query: {clock.Elapsed.TotalMilliseconds:F0} ms, {result.Total} hits");
            }

            var bytes = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
            output.WriteLine($"index size on disk: {bytes / 1024 / 1024} MiB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int YearOf(int id) => 2015 + (id % 12);

    private static SearchDocument Synthetic(int id, Random random)
    {
        string Sentence(int words) => string.Concat(Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + "。";
        var body = string.Concat(Enumerable.Range(0, random.Next(10, 40)).Select(_ => Sentence(random.Next(4, 12))));
        var agency = Agencies[random.Next(Agencies.Length)];
        var year = YearOf(id);
        return new SearchDocument(
            id,
            agency,
            agency + "名称",
            "col" + random.Next(12),
            "栏目" + random.Next(12),
            Sentence(random.Next(4, 10)),
            body,
            $"松政发〔{year}〕{id}号",
            $"songjiang/{year}-{id:000000}",
            Topics[random.Next(Topics.Length)],
            random.Next(5) == 0 ? "规范性文件" : "其他",
            new DateTimeOffset(year, 1, 1, 9, 0, 0, ChinaTime.Offset).AddDays(random.Next(365)),
            random.Next(4) == 0 ? [string.Concat(Enumerable.Range(0, 30).Select(_ => Sentence(8)))] : []);
    }

    private static readonly string[] KindNames =
    [
        "two words as one run", "two words", "three-word run, newest", "one word, two agencies",
        "quoted phrase, date range", "single character", "文号", "run, topic, page 3",
    ];

    private static SearchQuery Query(int i, Random random)
    {
        string Word() => Words[random.Next(Words.Length)];
        return (i % 8) switch
        {
            0 => new SearchQuery(Word() + Word()),
            1 => new SearchQuery(Word() + " " + Word()),
            2 => new SearchQuery(Word() + Word() + Word(), Sort: SearchSort.Newest),
            3 => new SearchQuery(Word(), Agencies: [Agencies[random.Next(40)], Agencies[random.Next(40)]]),
            4 => new SearchQuery("\"" + Word() + Word() + "\"", From: new DateOnly(2020, 1, 1), To: new DateOnly(2022, 12, 31)),
            5 => new SearchQuery(Word()[..1]),
            6 => new SearchQuery(random.Next(1, 100_000) is var id ? $"松政发〔{YearOf(id)}〕{id}号" : ""),
            _ => new SearchQuery(Word() + Word(), Topic: Topics[random.Next(Topics.Length)], Page: 3),
        };
    }
}
