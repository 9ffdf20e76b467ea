using Gongkai.Bench.Catalog;
using Gongkai.Search;

namespace Gongkai.Bench.Search;

/// <summary>One query of the mix with the kind it stands for (the per-kind table groups by it).</summary>
internal sealed record MixedQuery(string Kind, SearchQuery Query);

/// <summary>
/// What a county portal's search box and back office send, weighted roughly by how often: one or two words, a
/// pasted title, a 文号 or 索引号, Traditional input, quoted phrases, single characters, and the same words within an
/// agency, a column or a date range, newest first or on page 2.
/// </summary>
internal static class QueryMix
{
    private static readonly string[] Words =
    [
        "低保", "征地补偿标准", "扶贫", "预算", "三公经费", "决算", "招聘", "高标准农田", "防汛", "秸秆禁烧", "临时救助",
        "特困人员", "医疗救助", "小额信贷", "耕地地力保护补贴", "人居环境", "河长制", "森林防火", "行政处罚", "村庄规划",
        "政府信息公开工作年度报告", "征地补偿", "安置房", "公益性岗位", "任职", "中标", "采购", "医疗保险", "高龄津贴",
        "危桥改造", "最低生活保障", "脱贫户", "乡村振兴", "安全生产", "地质灾害", "农机购置补贴", "土地征收", "应急预案",
        "残疾人补贴", "公示", "通知", "道路硬化", "饮水安全", "宅基地", "疫苗接种",
    ];

    private static readonly string[] SecondWords = ["资金", "名单", "标准", "公示", "2024", "2025", "发放", "方案", "结果", "通知"];

    private static readonly string[] SingleCharacters = ["乡", "村", "镇", "粮", "税", "桥"];

    private static readonly string[] Traditional = ["徵地補償", "低保資金", "鄉村振興", "脫貧攻堅", "預算公開", "醫療救助", "徵地補償標準", "臨時救助"];

    private static readonly string[] Phrases =
    [
        "\"最低生活保障\"", "“高标准农田”", "\"三公经费\"", "“征地补偿安置方案”", "\"防止返贫\"", "“竞争性磋商”",
        "\"行政处罚决定书\"", "“秸秆禁烧”",
    ];

    private static readonly string[] PastedTitles =
    [
        "关于2025年度城乡居民最低生活保障资金发放情况的公示", "征地补偿标准公告", "关于印发《农村人居环境整治提升五年行动实施方案》的通知",
        "2024年部门预算公开", "2023年政府信息公开工作年度报告", "关于做好2025年度城乡居民医疗保险参保缴费工作的通知",
        "2024年扶贫项目资金分配情况公告", "森林防火禁火令",
    ];

    private static readonly string[] NoMatch = ["量子计算", "航空母舰", "证券交易所", "冬奥会"];

    private static readonly (string Kind, int Weight)[] Kinds =
    [
        ("one word", 16), ("two words", 7), ("town name", 3), ("single character", 4), ("Traditional input", 6),
        ("quoted phrase", 6), ("exact 文号", 6), ("exact 索引号", 3), ("pasted title", 4), ("agency filter", 10),
        ("column filter", 7), ("date range", 6), ("newest first", 8), ("page 2", 6), ("agency+dates+newest", 4),
        ("no match", 2),
    ];

    public static IReadOnlyList<string> KindNames { get; } = [.. Kinds.Select(k => k.Kind)];

    public static List<MixedQuery> Build(int count, int seed, CatalogGenerator catalog)
    {
        var random = new Random(seed);
        var total = Kinds.Sum(k => k.Weight);
        var queries = new List<MixedQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(total);
            var kind = Kinds[0].Kind;
            foreach (var (name, weight) in Kinds)
            {
                if (roll < weight)
                {
                    kind = name;
                    break;
                }

                roll -= weight;
            }

            queries.Add(new MixedQuery(kind, Query(kind, random, catalog)));
        }

        return queries;
    }

    private static SearchQuery Query(string kind, Random random, CatalogGenerator catalog)
    {
        string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];
        var word = Pick(Words);
        var townships = catalog.Townships;
        var from = new DateOnly(2015 + random.Next(10), 1, 1);
        return kind switch
        {
            "one word" => new SearchQuery(word),
            "two words" => new SearchQuery(word + " " + Pick(SecondWords)),
            "town name" => new SearchQuery(townships[random.Next(townships.Count)].Town),
            "single character" => new SearchQuery(Pick(SingleCharacters)),
            "Traditional input" => new SearchQuery(Pick(Traditional)),
            "quoted phrase" => new SearchQuery(Pick(Phrases)),
            "exact 文号" => new SearchQuery(catalog.SampleDocumentNumbers.Count > 0 ? Pick(catalog.SampleDocumentNumbers) : "松府发〔2024〕12号"),
            "exact 索引号" => new SearchQuery(catalog.SampleIndexNumbers.Count > 0 ? Pick(catalog.SampleIndexNumbers) : "t001/2024-000123"),
            "pasted title" => new SearchQuery(Pick(PastedTitles)),
            "agency filter" => new SearchQuery(word, Agencies: [townships[random.Next(townships.Count)].Code]),
            "column filter" => new SearchQuery(word, Column: Pick(Vocabulary.Columns.Select(c => c.Key).ToArray())),
            "date range" => new SearchQuery(word, From: from, To: from.AddYears(1 + random.Next(3)).AddDays(-1)),
            "newest first" => new SearchQuery(word, Sort: SearchSort.Newest),
            "page 2" => new SearchQuery(word, Page: 2),
            "agency+dates+newest" => new SearchQuery(
                word, Agencies: [townships[random.Next(townships.Count)].Code], From: from, To: from.AddYears(2), Sort: SearchSort.Newest),
            "no match" => new SearchQuery(Pick(NoMatch)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown query kind"),
        };
    }
}
