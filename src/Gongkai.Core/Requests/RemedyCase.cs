using Gongkai.Core.Agencies;

namespace Gongkai.Core.Requests;

/// <summary>The remedies the annual report's table 四 counts, plus 举报投诉 (legacy table).</summary>
public enum RemedyKind
{
    /// <summary>行政复议</summary>
    Reconsideration = 1,

    /// <summary>行政诉讼：未经复议直接起诉</summary>
    LitigationDirect = 2,

    /// <summary>行政诉讼：复议后起诉</summary>
    LitigationAfterReconsideration = 3,

    /// <summary>举报投诉 (条例第四十七条、第五十一条)</summary>
    Complaint = 4,
}

/// <summary>Table 四's result columns.</summary>
public enum RemedyResult
{
    /// <summary>尚未审结</summary>
    Pending = 0,

    /// <summary>结果维持</summary>
    Maintained = 1,

    /// <summary>结果纠正</summary>
    Corrected = 2,

    /// <summary>其他结果</summary>
    Other = 3,
}

/// <summary>A 行政复议, 行政诉讼 or 投诉 case, linked to the request it concerns where there is one.</summary>
public sealed class RemedyCase : IAgencyOwned
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    public int? RequestId { get; set; }

    public RemedyKind Kind { get; set; }

    /// <summary>案号 or the complaint's reference.</summary>
    public string? CaseNumber { get; set; }

    /// <summary>The 复议机关 or court (or where the complaint was lodged).</summary>
    public string? Body { get; set; }

    public DateOnly FiledOn { get; set; }

    public RemedyResult Result { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? Summary { get; set; }
}

public static class RemedyLabels
{
    public static string Label(this RemedyKind k) => k switch
    {
        RemedyKind.Reconsideration => "行政复议",
        RemedyKind.LitigationDirect => "行政诉讼（未经复议直接起诉）",
        RemedyKind.LitigationAfterReconsideration => "行政诉讼（复议后起诉）",
        RemedyKind.Complaint => "举报投诉",
        _ => k.ToString(),
    };

    public static string Label(this RemedyResult r) => r switch
    {
        RemedyResult.Pending => "尚未审结",
        RemedyResult.Maintained => "结果维持",
        RemedyResult.Corrected => "结果纠正",
        RemedyResult.Other => "其他结果",
        _ => r.ToString(),
    };
}
