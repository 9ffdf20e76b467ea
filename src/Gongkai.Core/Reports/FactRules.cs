namespace Gongkai.Core.Reports;

/// <summary>Which 第二十条第（一）项 row a catalog item belongs to.</summary>
internal enum DocumentKind
{
    None,
    Regulation,
    Normative,
}

/// <summary>Date rules for items and remedies, shared by every format.</summary>
internal static class FactRules
{
    /// <summary>
    /// Withdrawn (撤回) on or before <paramref name="day"/>. A withdrawn publication was retracted, so it is not
    /// reported as disclosed; one withdrawn after the period still counts for that period, so a past year
    /// recomputes to the same figures. Withdrawn without a date: treated as never public.
    /// </summary>
    public static bool WithdrawnBy(ItemFact item, DateOnly day) =>
        item.Withdrawn && (item.WithdrawnOn is null || item.WithdrawnOn <= day);

    /// <summary>Published on the portal within the period and not withdrawn by its end.</summary>
    public static bool PublishedIn(ItemFact item, ReportPeriod period) =>
        item.PublishedOn is { } d && period.Contains(d) && !WithdrawnBy(item, period.To);

    /// <summary>Publicly available on <paramref name="day"/>.</summary>
    public static bool PublicOn(ItemFact item, DateOnly day) =>
        item.PublishedOn is { } d && d <= day && !WithdrawnBy(item, day);

    /// <summary>
    /// In force on <paramref name="day"/> (现行有效): marked 有效 and not past a planned end date, or marked 失效/废止
    /// with the end after that day. 不适用 never counts (the validity check names such documents).
    /// </summary>
    public static bool InForceOn(ItemFact item, DateOnly day) => item.Validity switch
    {
        Validity.Effective => item.EndedOn is null || item.EndedOn > day,
        Validity.Expired or Validity.Repealed => item.EndedOn is { } e && e > day,
        _ => false,
    };

    /// <summary>"Made" (制作, legacy 制发) within the period: 成文日期, or the publication date where none was recorded.</summary>
    public static bool MadeIn(ItemFact item, ReportPeriod period) =>
        (item.WrittenOn ?? item.PublishedOn) is { } d && period.Contains(d);

    // 国办发〔2018〕37号: 行政规范性文件 are the documents other than 行政法规 and 规章, so 规章 wins when both flags are set.
    public static DocumentKind Kind(ItemFact item) =>
        item.IsRegulation ? DocumentKind.Regulation
        : item.IsNormativeDocument ? DocumentKind.Normative
        : DocumentKind.None;

    /// <summary>Table 三's column of an applicant type: 自然人, then 法人或其他组织's five sub-columns.</summary>
    public static int ApplicantColumn(ApplicantType type) => type switch
    {
        ApplicantType.NaturalPerson => 0,
        ApplicantType.Business => 1,
        ApplicantType.Research => 2,
        ApplicantType.PublicInterest => 3,
        ApplicantType.LegalService => 4,
        // 法人或其他组织／其他 is the format's catch-all column.
        _ => 5,
    };

    /// <summary>
    /// Where a remedy case lands in table 四 for the period: by its result if decided within the period; 尚未审结 if filed
    /// by the end and not decided by then (pending cases from earlier years included — the common practice, so a
    /// case shows as pending every year until it ends, then once with its result). Null: not in this period.
    /// A result without a date, or a date on a pending result, cannot be trusted: the case is shown pending and
    /// the data check names it.
    /// </summary>
    public static RemedyResult? RemedyColumn(RemedyFact r, ReportPeriod period)
    {
        var decidedOn = r.Result != RemedyResult.Pending ? r.DecidedOn : null;
        if (decidedOn is { } d && d <= period.To)
        {
            return d >= period.From ? r.Result : null;
        }

        return r.FiledOn <= period.To ? RemedyResult.Pending : null;
    }

    /// <summary>What is wrong with a remedy's dates, or null.</summary>
    public static string? RemedyProblem(RemedyFact r) =>
        r.Result != RemedyResult.Pending && r.DecidedOn is null ? $"已有结果（{r.Result.Label()}）但无审结日期"
        : r.Result == RemedyResult.Pending && r.DecidedOn is not null ? $"标为尚未审结却有审结日期 {r.DecidedOn:yyyy-MM-dd}"
        : r.DecidedOn < r.FiledOn ? $"审结日期 {r.DecidedOn:yyyy-MM-dd} 早于立案日期 {r.FiledOn:yyyy-MM-dd}"
        : null;
}
