namespace Gongkai.Core.Catalog;

/// <summary>The 回应解读 and 建议提案 work the annual reports count (legacy table rows 回应解读; 2021 narrative).</summary>
public enum EngagementKind
{
    /// <summary>回应公众关注热点或重大舆情</summary>
    HotTopicResponse = 1,

    /// <summary>召开新闻发布会</summary>
    PressConference = 2,

    /// <summary>政府网站在线访谈</summary>
    OnlineInterview = 3,

    /// <summary>政策解读稿件发布</summary>
    InterpretationArticle = 4,

    /// <summary>微博微信回应事件</summary>
    SocialMediaResponse = 5,

    /// <summary>建议提案办理复文公开</summary>
    ProposalReply = 6,

    /// <summary>其他方式</summary>
    Other = 7,
}

public sealed class EngagementRecord : IAgencyOwned, IAudited
{
    public int Id { get; set; }

    public int AgencyId { get; set; }

    public EngagementKind Kind { get; set; }

    public DateOnly On { get; set; }

    public required string Title { get; set; }

    public string? Link { get; set; }

    /// <summary>For 新闻发布会: whether the principal leader attended (主要负责同志出席).</summary>
    public bool PrincipalAttended { get; set; }

    public required string RecordedBy { get; set; }

    public string? AuditAction(AuditedChange change) => change == AuditedChange.Created ? "记录回应解读" : null;
}

public static class EngagementLabels
{
    public static string Label(this EngagementKind k) => k switch
    {
        EngagementKind.HotTopicResponse => "回应关切（热点、舆情）",
        EngagementKind.PressConference => "新闻发布会",
        EngagementKind.OnlineInterview => "在线访谈",
        EngagementKind.InterpretationArticle => "政策解读稿件",
        EngagementKind.SocialMediaResponse => "微博微信回应",
        EngagementKind.ProposalReply => "建议提案办理复文",
        EngagementKind.Other => "其他",
        _ => k.ToString(),
    };
}
