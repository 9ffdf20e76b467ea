namespace Gongkai.Core.Reports;

/// <summary>The main figures of a period, for the narrative draft and the multi-year view.</summary>
/// <param name="Year">The period's year (its last day's).</param>
/// <param name="ItemsPublished">主动公开: items published on the portal in the period and not withdrawn by its end.</param>
/// <param name="OtherChannelPublications">The same items' publications on other channels (政务微信, 微博, 公报, 公开栏…).</param>
/// <param name="NormativeInForce">规范性文件 in force at the end of the period.</param>
/// <param name="RequestsReceived">依申请公开 requests received in the period.</param>
/// <param name="RequestsDecided">Requests given an outcome in the period.</param>
/// <param name="RequestsDisclosed">Of those, 予以公开 or 部分公开.</param>
/// <param name="RequestsLate">Of those, answered after the deadline.</param>
/// <param name="RequestsOpenAtEnd">Requests still open at the end (结转下年度).</param>
/// <param name="Remedies">行政复议 and 行政诉讼 cases filed in the period.</param>
/// <param name="Engagement">回应关切, 解读, 发布会, 访谈 and 建议提案 records in the period.</param>
public sealed record MainFigures(
    int Year, int ItemsPublished, int OtherChannelPublications, int NormativeInForce, int RequestsReceived, int RequestsDecided,
    int RequestsDisclosed, int RequestsLate, int RequestsOpenAtEnd, int Remedies, int Engagement)
{
    /// <summary>Counts the main figures of <paramref name="facts"/>' period.</summary>
    public static MainFigures Of(ReportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var p = facts.Period;
        var published = facts.Items.Where(i => FactRules.PublishedIn(i, p)).ToList();
        var decided = facts.Requests.Where(r => r.Outcome is not null && r.DecidedOn is { } d && p.Contains(d)).ToList();
        return new MainFigures(
            p.To.Year,
            published.Count,
            published.Sum(i => i.OtherChannels.Distinct().Count()),
            facts.Items.Count(i => FactRules.Kind(i) == DocumentKind.Normative && FactRules.PublicOn(i, p.To) && FactRules.InForceOn(i, p.To)),
            facts.Requests.Count(r => p.Contains(r.ReceivedOn)),
            decided.Count,
            decided.Count(r => r.Outcome is RequestOutcome.Disclosed or RequestOutcome.PartiallyDisclosed),
            decided.Count(r => r.AnsweredLate),
            facts.Requests.Count(r => OpenAt(r, p.To)),
            facts.Remedies.Count(r => r.Kind != RemedyKind.Complaint && p.Contains(r.FiledOn)),
            facts.Engagement.Count(e => p.Contains(e.On)));
    }

    // Open at the end of the day: received, not withdrawn by then, and no outcome yet (an outcome without a date is
    // neither: the engine's requests.unplaced check names it).
    private static bool OpenAt(RequestFact r, DateOnly day) =>
        r.ReceivedOn <= day
        && !(r.Withdrawn && (r.WithdrawnOn ?? DateOnly.MinValue) <= day)
        && (r.Outcome is null ? !r.Withdrawn || r.WithdrawnOn > day : r.DecidedOn > day);
}

/// <summary>The generated first draft of 一、总体情况, which the admin rewrites: figures, shares and the change on last year.</summary>
public static class ReportNarrative
{
    /// <summary>The draft for <paramref name="agencyName"/>; <paramref name="previous"/> adds the comparison with last year.</summary>
    public static string DraftOverview(string agencyName, ReportPeriod period, MainFigures now, MainFigures? previous)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(now);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"{period}，{agencyName}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，推进政府信息公开工作。");
        sb.Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"（一）主动公开。全年通过政府信息公开平台主动公开政府信息{now.ItemsPublished}条{Change(now.ItemsPublished, previous?.ItemsPublished, "条")}");
        sb.Append(now.OtherChannelPublications > 0
            ? string.Create(CultureInfo.InvariantCulture, $"，同步通过政务微信、公开栏等其他渠道发布{now.OtherChannelPublications}条次")
            : "");
        sb.Append(CultureInfo.InvariantCulture, $"；截至年底现行有效的规范性文件{now.NormativeInForce}件。");
        sb.Append('\n');
        if (now.RequestsReceived == 0 && now.RequestsDecided == 0)
        {
            sb.Append("（二）依申请公开。全年未收到政府信息公开申请");
            sb.Append(previous is { RequestsReceived: > 0 } ? string.Create(CultureInfo.InvariantCulture, $"（上年{previous.RequestsReceived}件）。") : "。");
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"（二）依申请公开。全年新收政府信息公开申请{now.RequestsReceived}件{Change(now.RequestsReceived, previous?.RequestsReceived, "件")}，办结{now.RequestsDecided}件");
            if (now.RequestsDecided > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"，其中予以公开或部分公开{now.RequestsDisclosed}件，占{Share(now.RequestsDisclosed, now.RequestsDecided)}");
                sb.Append(now.RequestsLate > 0 ? string.Create(CultureInfo.InvariantCulture, $"；超期答复{now.RequestsLate}件") : "；全部在法定期限内答复");
            }

            sb.Append(now.RequestsOpenAtEnd > 0 ? string.Create(CultureInfo.InvariantCulture, $"；结转下年度继续办理{now.RequestsOpenAtEnd}件。") : "。");
        }

        sb.Append('\n');
        sb.Append(now.Remedies > 0
            ? string.Create(CultureInfo.InvariantCulture, $"（三）行政复议和行政诉讼。因政府信息公开引起行政复议、行政诉讼{now.Remedies}件。")
            : "（三）行政复议和行政诉讼。全年未发生因政府信息公开引起的行政复议、行政诉讼。");
        if (now.Engagement > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"（四）政策解读与回应关切。全年开展政策解读、回应社会关切和建议提案办理结果公开等{now.Engagement}次。");
        }

        return sb.ToString();
    }

    private static string Change(int now, int? before, string unit) => before switch
    {
        null => "",
        var b when b == now => "，与上年持平",
        0 => "（上年为0）",
        var b => string.Create(CultureInfo.InvariantCulture, $"，比上年{(now > b ? "增加" : "减少")}{Math.Abs(now - b.Value)}{unit}（{(now > b ? "+" : "-")}{Share(Math.Abs(now - b.Value), b.Value)}）"),
    };

    private static string Share(int part, int whole) =>
        whole == 0 ? "0%" : (100m * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
