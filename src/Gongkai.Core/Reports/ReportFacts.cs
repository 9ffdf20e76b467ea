namespace Gongkai.Core.Reports;

/// <summary>
/// The statistics period, both ends inclusive. Normally a calendar year (条例第五十条: the report covers "上一年度"),
/// but agencies may close their books early (e.g. 1 January – 28 December), so nothing assumes 1-1 … 12-31.
/// </summary>
/// <param name="From">First day counted.</param>
/// <param name="To">Last day counted.</param>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The calendar year <paramref name="year"/>.</summary>
    public static ReportPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Whether <paramref name="day"/> lies within the period.</summary>
    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The period as officially written: <c>2025年1月1日至2025年12月31日</c>.</summary>
    public override string ToString() =>
        $"{From.Year}年{From.Month}月{From.Day}日至{To.Year}年{To.Month}月{To.Day}日";
}

/// <summary>One 依申请公开 request as the statistics see it.</summary>
/// <param name="Id">The request's id (drill-down).</param>
/// <param name="ApplicantType">Table 三's column.</param>
/// <param name="Channel">How it arrived (legacy table 三（一）1–4).</param>
/// <param name="ReceivedOn">The statutory receipt date (条例第三十一条).</param>
/// <param name="Outcome">The final outcome code (2021 table 三), null while open or when withdrawn.</param>
/// <param name="DecidedOn">The day the outcome was given: the answer, or the closing for 逾期不补正 / 未缴费.</param>
/// <param name="Withdrawn">The applicant withdrew the request.</param>
/// <param name="WithdrawnOn">The day of the withdrawal.</param>
/// <param name="Extended">The answer period was extended (条例第三十三条第二款): legacy 延期办结.</param>
/// <param name="AnsweredLate">Answered after the statutory deadline (reported in the narrative, 五 存在的主要问题).</param>
/// <param name="FeeCharged">信息处理费 charged, in 元 (条例第四十二条, 国办函〔2020〕109号).</param>
/// <param name="Redirected">
/// A 401 answer that named the agency holding the information (条例第三十六条第（五）项, <c>InfoRequest.RedirectedTo</c>):
/// the legacy table counts it as 不属于本行政机关公开 rather than 信息不存在.
/// </param>
/// <param name="AlreadyPublic">
/// A 100 answer that pointed to information already proactively disclosed (条例第三十六条第（一）项):
/// the legacy table's 属于已主动公开范围 row. The 2021 format has no such row and counts it as 予以公开.
/// </param>
public sealed record RequestFact(
    int Id,
    ApplicantType ApplicantType,
    RequestChannel Channel,
    DateOnly ReceivedOn,
    RequestOutcome? Outcome,
    DateOnly? DecidedOn,
    bool Withdrawn,
    DateOnly? WithdrawnOn,
    bool Extended,
    bool AnsweredLate,
    decimal FeeCharged,
    bool Redirected = false,
    bool AlreadyPublic = false);

/// <summary>One catalog item (主动公开) as the statistics see it.</summary>
/// <param name="Id">The item's id (drill-down).</param>
/// <param name="ColumnKey">The catalog column it sits in (not used by the tables; kept for drill-down display).</param>
/// <param name="IsNormativeDocument">Filed in the 规范性文件 column.</param>
/// <param name="IsRegulation">A 规章 (rare for townships). Wins over <paramref name="IsNormativeDocument"/>: 国办发〔2018〕37号
/// defines 行政规范性文件 as excluding 规章, so an item is never counted in both rows.</param>
/// <param name="PublishedOn">发布日期 on the portal; null while unpublished.</param>
/// <param name="WrittenOn">成文日期.</param>
/// <param name="Validity">有效性.</param>
/// <param name="EndedOn">失效 / 废止 date.</param>
/// <param name="OtherChannels">The channels besides the website it also went out on (公报, 微信, 微博, 公开栏…).</param>
/// <param name="Withdrawn">The publication was withdrawn (撤回).</param>
/// <param name="WithdrawnOn">The day of the withdrawal; null with <paramref name="Withdrawn"/> means "since publication".</param>
public sealed record ItemFact(
    int Id,
    string ColumnKey,
    bool IsNormativeDocument,
    bool IsRegulation,
    DateOnly? PublishedOn,
    DateOnly? WrittenOn,
    Validity Validity,
    DateOnly? EndedOn,
    IReadOnlyList<PublicationChannel> OtherChannels,
    bool Withdrawn,
    DateOnly? WithdrawnOn);

/// <summary>One 行政复议 / 行政诉讼 / 举报投诉 case.</summary>
/// <param name="Id">The case's id (drill-down).</param>
/// <param name="Kind">Table 四's column group, or 举报投诉 (legacy table only).</param>
/// <param name="FiledOn">立案 / 收到 date.</param>
/// <param name="Result">The result, <see cref="RemedyResult.Pending"/> while open.</param>
/// <param name="DecidedOn">审结 date.</param>
public sealed record RemedyFact(int Id, RemedyKind Kind, DateOnly FiledOn, RemedyResult Result, DateOnly? DecidedOn);

/// <summary>One 回应解读 / 建议提案 record.</summary>
/// <param name="Id">The record's id (drill-down).</param>
/// <param name="Kind">Which legacy 回应解读 row it counts in (建议提案 counts in none).</param>
/// <param name="On">The day it happened.</param>
/// <param name="PrincipalAttended">主要负责同志参加 (新闻发布会, 在线访谈).</param>
public sealed record EngagementFact(int Id, EngagementKind Kind, DateOnly On, bool PrincipalAttended);

/// <summary>A figure the system cannot know (行政许可 decisions, staff, budget), entered by the agency admin.</summary>
/// <param name="Key">One of <see cref="ReportEngine.ManualFields"/>' keys.</param>
/// <param name="Value">The figure in the field's unit.</param>
/// <param name="EnteredBy">Who entered it (shown as provenance).</param>
/// <param name="EnteredAt">When; the latest entry for a key wins (corrections).</param>
public sealed record ManualFigure(string Key, decimal Value, string EnteredBy, DateTimeOffset EnteredAt);

/// <summary>Everything the engine needs for one agency and one period. The lists may hold records outside the
/// period (the engine filters by date), and must hold every request not closed before the period starts,
/// or 上年结转 comes out short.</summary>
/// <param name="Period">The statistics period.</param>
/// <param name="Requests">依申请公开 requests.</param>
/// <param name="Items">Catalog items (主动公开).</param>
/// <param name="Remedies">行政复议, 行政诉讼 and 举报投诉 cases.</param>
/// <param name="Engagement">回应解读 records.</param>
/// <param name="Manual">The admin's manual figures (all entries; the latest per key wins).</param>
public sealed record ReportFacts(
    ReportPeriod Period,
    IReadOnlyList<RequestFact> Requests,
    IReadOnlyList<ItemFact> Items,
    IReadOnlyList<RemedyFact> Remedies,
    IReadOnlyList<EngagementFact> Engagement,
    IReadOnlyList<ManualFigure> Manual);
