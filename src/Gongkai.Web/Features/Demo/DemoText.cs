using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Web.Features.Demo;

/// <summary>
/// Titles and bodies for one township and year, from the templates in words.json: {t} township, {y} year, {py} the
/// year before, {m} month, {s} season, {ym}/{yq} the month or quarter just ended, {v} village, {topic}, {doc},
/// {project}, {fund}, {issue}, {dept}, {post}, {asset}, {plan}, {planTopic}, {nn} and {n} numbers.
/// </summary>
internal sealed partial class DemoText(Random rng, DemoWords words, DemoTown town, int year, bool current)
{
    private static readonly string[] QuarterNames = ["一", "二", "三", "四"];

    private readonly DemoEra era = words.Eras[current ? "current" : "history"];

    public string[] Documents => era.Documents;

    public string Pick(string[] options) => options[rng.Next(options.Length)];

    public string Village() => Pick(town.Villages);

    /// <summary>A title unique within the township, built from the column's templates for a publication on <paramref name="on"/>.</summary>
    public string Title(string column, DateOnly on)
    {
        var templates = era.Titles.GetValueOrDefault(column) ?? words.Titles[column];
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var title = Fill(Pick(templates), on);
            if (town.Titles.Add(title))
            {
                return title;
            }
        }

        // Rare: a small column with few templates; number the repeat like a second notice of the same name.
        for (var n = 2; ; n++)
        {
            var title = Fill(Pick(templates), on) + $"（{n}）";
            if (town.Titles.Add(title))
            {
                return title;
            }
        }
    }

    /// <summary>A title from a template with only the township, the year and <paramref name="doc"/>: no random words.</summary>
    public string Fixed(string template, string? doc = null)
    {
        var title = template
            .Replace("{t}", town.Short, StringComparison.Ordinal)
            .Replace("{py}", Number(year - 1), StringComparison.Ordinal)
            .Replace("{y}", Number(year), StringComparison.Ordinal);
        return doc is null ? title : title.Replace("{doc}", doc, StringComparison.Ordinal);
    }

    /// <summary>
    /// A request script's text: {t}, {y} (or <paramref name="yearOverride"/>), {py}, {v} a random village and
    /// {#a-b} a random number in [a, b), drawn left to right.
    /// </summary>
    public string Script(string template, int? yearOverride = null) => ScriptPlaceholder().Replace(template, m => m.Value switch
    {
        "{t}" => town.Short,
        "{y}" => Number(yearOverride ?? year),
        "{py}" => Number(year - 1),
        "{v}" => Village(),
        _ => Number(rng.Next(
            int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture))),
    });

    /// <summary>主题分类 by column.</summary>
    public string TopicOf(string column) =>
        (words.Topics.FirstOrDefault(t => t.Columns.Contains(column, StringComparer.Ordinal)) ?? words.Topics.Single(t => t.Columns.Length == 0)).Topic;

    /// <summary>One to three short plain paragraphs fitting the column; no names with ID or phone numbers.</summary>
    public string[] Body(string column, string title, DateOnly on)
    {
        var body = words.Bodies.FirstOrDefault(b => b.Columns.Contains(column, StringComparer.Ordinal)) ?? words.Bodies.Single(b => b.Columns.Length == 0);
        var subject = (body.Strip ?? []).Aggregate(title, (t, strip) => t.Replace(strip, "", StringComparison.Ordinal));
        var date = $"{on.Month}月{on.Day}日";
        // A paragraph with alternatives takes one of them; a paragraph with one costs no draw.
        return body.Paragraphs.Select(alternatives => (alternatives.Length == 1 ? alternatives[0] : Pick(alternatives))
                .Replace("{date}", date, StringComparison.Ordinal)
                .Replace("{t}", town.Short, StringComparison.Ordinal)
                .Replace("{title}", subject, StringComparison.Ordinal))
            .ToArray();
    }

    // Every placeholder draws its word, used or not, in this order: the same seed gives the same titles on every install.
    private string Fill(string template, DateOnly on)
    {
        var lastMonth = on.AddMonths(-1);
        var quarter = (on.Month - 1) / 3; // the quarter just ended: 0 = the fourth quarter of last year
        var yq = quarter == 0 ? $"{on.Year - 1}年第四季度" : $"{on.Year}年第{QuarterNames[quarter - 1]}季度";
        return template
            .Replace("{t}", town.Short, StringComparison.Ordinal)
            .Replace("{ym}", $"{lastMonth.Year}年{lastMonth.Month}月", StringComparison.Ordinal)
            .Replace("{yq}", yq, StringComparison.Ordinal)
            .Replace("{py}", Number(year - 1), StringComparison.Ordinal)
            .Replace("{y}", Number(year), StringComparison.Ordinal)
            .Replace("{m}", Number(on.Month), StringComparison.Ordinal)
            .Replace("{s}", words.Seasons[on.Month - 1], StringComparison.Ordinal)
            .Replace("{v}", Village(), StringComparison.Ordinal)
            .Replace("{topic}", Pick(era.Topics), StringComparison.Ordinal)
            .Replace("{doc}", Pick(era.Documents), StringComparison.Ordinal)
            .Replace("{project}", Pick(words.Projects), StringComparison.Ordinal)
            .Replace("{fund}", Pick(words.Funds), StringComparison.Ordinal)
            .Replace("{issue}", Pick(words.Issues), StringComparison.Ordinal)
            .Replace("{dept}", Pick(words.Departments), StringComparison.Ordinal)
            .Replace("{post}", Pick(words.Posts), StringComparison.Ordinal)
            .Replace("{asset}", Pick(words.Assets), StringComparison.Ordinal)
            .Replace("{plan}", era.Plan, StringComparison.Ordinal)
            .Replace("{planTopic}", Pick(words.PlanTopics), StringComparison.Ordinal)
            .Replace("{nn}", Number(rng.Next(2, 80)), StringComparison.Ordinal)
            .Replace("{n}", Number(rng.Next(1, 10)), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{(?:t|y|py|v|#(?<from>\d+)-(?<to>\d+))\}")]
    private static partial Regex ScriptPlaceholder();

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
