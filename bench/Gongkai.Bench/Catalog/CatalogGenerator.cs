using System.Globalization;
using System.Text;
using Gongkai.Core.Text;
using Gongkai.Search;

namespace Gongkai.Bench.Catalog;

/// <summary>One synthetic township: code t001…, name 松江乡人民政府, 文号 prefix 松 (or 松江 when 松 is taken).</summary>
internal sealed record Township(string Code, string Town, string Kind, string Agency, string NumberPrefix, double Weight);

/// <summary>
/// Deterministic synthetic catalog items of a county's townships: same seed, same items. Titles and bodies are built
/// from <see cref="Vocabulary"/> (whole sentences of the kind township portals publish, never random code points),
/// so the term statistics — a few very common characters, many mid-frequency words, long-tail numbers and names —
/// look like a real catalog's.
/// </summary>
internal sealed class CatalogGenerator
{
    private const int FirstYear = 2015;
    private const int LastYear = 2026;

    // The catalog grows: recent years publish more than 2015 did (weights per year 2015…2026; 2026 is partial).
    private static readonly double[] YearWeights = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 12];

    private static readonly string[] Quarters = ["一", "二", "三", "四"];
    private static readonly string[] NumberKinds = ["府发", "府办发", "政发", "府函", "政办发"];

    private readonly Random _random;
    private readonly double[] _columnCumulative;
    private readonly double[] _townshipCumulative;
    private readonly double[] _yearCumulative;
    private readonly Dictionary<(int Township, int Year), int> _indexSequence = [];
    private readonly Dictionary<(int Township, int Year, int Kind), int> _numberSequence = [];
    private readonly StringBuilder _text = new(2048);

    // Per-item context for the template slots.
    private Township _township = null!;
    private int _year;
    private DateOnly _day;

    public CatalogGenerator(int seed, int townships = 300)
    {
        _random = new Random(seed);
        Townships = CreateTownships(new Random(seed + 1), townships);
        _columnCumulative = Cumulative(Vocabulary.Columns.Select(c => (double)c.Weight));
        _townshipCumulative = Cumulative(Townships.Select(t => t.Weight));
        _yearCumulative = Cumulative(YearWeights);
    }

    public IReadOnlyList<Township> Townships { get; }

    /// <summary>Every 997th 文号 and 索引号 generated, for exact-number queries that are known to exist.</summary>
    public List<string> SampleDocumentNumbers { get; } = [];

    /// <inheritdoc cref="SampleDocumentNumbers"/>
    public List<string> SampleIndexNumbers { get; } = [];

    /// <summary>How many items came out in Traditional characters (text pasted from Traditional-script sources).</summary>
    public int TraditionalCount { get; private set; }

    /// <summary>Total characters of titles, bodies and attachments generated.</summary>
    public long Characters { get; private set; }

    public SearchDocument Next(int id)
    {
        var townshipIndex = Pick(_townshipCumulative);
        _township = Townships[townshipIndex];
        _year = FirstYear + Pick(_yearCumulative);
        var lastDay = _year == LastYear ? new DateOnly(LastYear, 11, 20) : new DateOnly(_year, 12, 31);
        _day = new DateOnly(_year, 1, 1).AddDays(_random.Next(lastDay.DayOfYear));
        var column = Vocabulary.Columns[Pick(_columnCumulative)];

        var title = Fill(Pick(column.Titles));
        var body = Body(column);
        string? documentNumber = null;
        if (column.NeedsNumber ? _random.Next(10) < 7 : _random.Next(10) == 0)
        {
            var kind = _random.Next(NumberKinds.Length);
            var key = (townshipIndex, _year, kind);
            var n = _numberSequence[key] = _numberSequence.GetValueOrDefault(key) + 1;
            documentNumber = $"{_township.NumberPrefix}{NumberKinds[kind]}〔{_year}〕{n}号";
        }

        var sequence = _indexSequence[(townshipIndex, _year)] = _indexSequence.GetValueOrDefault((townshipIndex, _year)) + 1;
        var indexNumber = $"{_township.Code}/{_year}-{sequence:000000}";
        if (id % 997 == 0)
        {
            SampleIndexNumbers.Add(indexNumber);
            if (documentNumber is not null)
            {
                SampleDocumentNumbers.Add(documentNumber);
            }
        }

        IReadOnlyList<string> attachments = _random.Next(100) < 8 ? [Attachment()] : [];
        if (_random.Next(100) < 3)
        {
            // Traditional-script items: the index folds them, so a Simplified query must find them and vice versa.
            title = ChineseScript.Shared.ToTraditional(title);
            body = ChineseScript.Shared.ToTraditional(body);
            TraditionalCount++;
        }

        Characters += title.Length + body.Length + attachments.Sum(a => a.Length);
        var documentType = column.Key == "gfxwj" ? "规范性文件" : TypeOf(title);
        var topic = _random.Next(10) == 0 ? Pick(Vocabulary.Topics) : column.Topic;
        var publishedAt = new DateTimeOffset(_day.ToDateTime(new TimeOnly(8 + _random.Next(10), _random.Next(60))), TimeSpan.FromHours(8));
        return new SearchDocument(
            id, _township.Code, _township.Agency, column.Key, column.Name, title, body, documentNumber, indexNumber,
            topic, documentType, publishedAt, attachments);
    }

    private static IReadOnlyList<Township> CreateTownships(Random random, int count)
    {
        var names = new List<string>();
        foreach (var first in Vocabulary.NameFirst)
        {
            foreach (var second in Vocabulary.NameSecond)
            {
                names.Add(first + second);
            }
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(names));
        var usedPrefixes = new HashSet<string>(StringComparer.Ordinal);
        var townships = new List<Township>(count);
        for (var i = 0; i < count; i++)
        {
            var name = names[i % names.Count] + (i >= names.Count ? (i / names.Count).ToString(CultureInfo.InvariantCulture) : string.Empty);
            var kind = random.Next(3) == 0 ? "镇" : "乡";

            // 文号 prefixes must stay unique within the county: the first township with 松 gets 松府发, later ones 松江府发.
            var prefix = usedPrefixes.Add(name[..1]) ? name[..1] : name;
            usedPrefixes.Add(prefix);

            // Some townships publish far more than others (a county seat town versus a remote 乡).
            var weight = 0.3 + (random.NextDouble() * random.NextDouble() * 4);
            townships.Add(new Township($"t{i + 1:000}", name + kind, kind, name + kind + "人民政府", prefix, weight));
        }

        return townships;
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var sum = 0d;
        var cumulative = weights.Select(w => sum += w).ToArray();
        for (var i = 0; i < cumulative.Length; i++)
        {
            cumulative[i] /= sum;
        }

        return cumulative;
    }

    private static string TypeOf(string title) =>
        title.EndsWith("通知", StringComparison.Ordinal) ? "通知"
        : title.EndsWith("公告", StringComparison.Ordinal) ? "公告"
        : title.EndsWith("公示", StringComparison.Ordinal) ? "公示"
        : title.EndsWith("报告", StringComparison.Ordinal) ? "报告"
        : title.Contains("意见", StringComparison.Ordinal) ? "意见"
        : "其他";

    private int Pick(double[] cumulative)
    {
        var x = _random.NextDouble();
        var i = Array.BinarySearch(cumulative, x);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    /// <summary>200–1,500 characters: an opening, paragraphs of column and common sentences, a signature.</summary>
    private string Body(Vocabulary.Column column)
    {
        // Skewed towards short notices: most bodies are 300–800 characters, a few run to the limit.
        var target = 200 + (int)(1300 * Math.Pow(_random.NextDouble(), 1.6));
        var numbered = _random.Next(3) == 0;
        var body = new StringBuilder(target + 200);
        FillInto(body, Pick(column.Openings));
        body.Append('\n');
        var paragraph = 0;
        while (body.Length < target)
        {
            if (numbered)
            {
                body.Append(ChineseNumber(++paragraph)).Append('、');
            }

            var sentences = 1 + _random.Next(3);
            for (var s = 0; s < sentences && body.Length < target; s++)
            {
                FillInto(body, _random.Next(10) < 7 ? Pick(column.Sentences) : Pick(Vocabulary.Common));
            }

            body.Append('\n');
        }

        if (_random.Next(2) == 0)
        {
            body.Append(_random.Next(2) == 0 ? "特此公告。\n" : "特此通知。\n");
        }

        body.Append(_township.Agency).Append('\n').Append(Date(_day));
        return body.ToString();
    }

    /// <summary>A name list as extracted from an attached spreadsheet: 序号 姓名 村 金额 rows.</summary>
    private string Attachment()
    {
        var rows = 10 + _random.Next(60);
        var text = new StringBuilder(rows * 24);
        text.Append(Pick(Vocabulary.AttachmentTitles)).Append("\n序号 姓名 村（社区） 人数 金额（元）\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append(i).Append(' ').Append(Person()).Append(' ').Append(Pick(Vocabulary.Villages)).Append(' ')
                .Append(1 + _random.Next(5)).Append(' ').Append(100 + _random.Next(3000)).Append('\n');
        }

        return text.ToString();
    }

    private string Person() => Pick(Vocabulary.Surnames) + Pick(Vocabulary.GivenNames);

    private static string Date(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";

    private static string ChineseNumber(int n) => n switch
    {
        <= 10 => "一二三四五六七八九十"[(n - 1)..n],
        < 20 => "十" + "一二三四五六七八九"[(n - 11)..(n - 10)],
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The template with its {SLOT}s filled (see <see cref="Vocabulary"/>).</summary>
    private string Fill(string template)
    {
        FillInto(_text.Clear(), template);
        return _text.ToString();
    }

    /// <summary>Appends the template with its {SLOT}s filled; a slot may hold a template itself ({P}).</summary>
    private void FillInto(StringBuilder text, string template)
    {
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            var close = template.IndexOf('}', open);
            Slot(text, template.AsSpan(open + 1, close - open - 1));
            i = close + 1;
        }
    }

    private void Slot(StringBuilder text, ReadOnlySpan<char> slot)
    {
        var r = _random;
        switch (slot)
        {
            case "T": text.Append(_township.Town); break;
            case "K": text.Append(_township.Kind); break;
            case "A": text.Append(_township.Agency); break;
            case "Y": text.Append(_year); break;
            case "M": text.Append(1 + r.Next(12)); break;
            case "Q": text.Append(Quarters[r.Next(4)]); break;
            case "D": text.Append(Date(_day.AddDays(-r.Next(30)))); break;
            case "D2": text.Append(Date(_day.AddDays(5 + r.Next(30)))); break;
            case "V": text.Append(Pick(Vocabulary.Villages)); break;
            case "P": FillInto(text, Pick(Vocabulary.Projects)); break;
            case "PL": text.Append(Pick(Vocabulary.Plans)); break;
            case "LAW": text.Append(Pick(Vocabulary.Statutes)); break;
            case "X": text.Append(Person()); break;
            case "POS": text.Append(Pick(Vocabulary.Posts)); break;
            case "N": text.Append(2 + r.Next(200)); break;
            case "H": text.Append(3 + r.Next(800)); break;
            case "R": text.Append(10 + r.Next(5000)); break;
            case "W": text.Append((r.Next(1, 300_000) / 100m).ToString("0.##", CultureInfo.InvariantCulture)); break;
            case "MONEY": text.Append(1000 + (r.Next(900) * 100)); break;
            case "SMALL": text.Append(20 + (r.Next(90) * 10)); break;
            case "PCT": text.Append(50 + r.Next(51)); break;
            case "HA": text.Append((r.Next(1, 5000) / 100m).ToString("0.00", CultureInfo.InvariantCulture)); break;
            case "KM": text.Append((r.Next(3, 250) / 10m).ToString("0.0", CultureInfo.InvariantCulture)); break;
            case "TEL": text.Append("0738-").Append(r.Next(2_000_000, 9_000_000)); break;
            case "CO": text.Append(Pick(Vocabulary.NameFirst)).Append(Pick(Vocabulary.NameSecond)).Append(Pick(Vocabulary.Companies)); break;
            case "MEET": text.Append(Pick(Vocabulary.Meetings)); break;
            case "WORK": text.Append(Pick(Vocabulary.Tasks)); break;
            case "ACT": text.Append(Pick(Vocabulary.Campaigns)); break;
            case "ITEM": text.Append(Pick(Vocabulary.ProcurementItems)); break;
            default: throw new InvalidOperationException($"unknown slot {{{slot}}}");
        }
    }
}
