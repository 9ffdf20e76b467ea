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

/// <summary>A record as the editor enters it.</summary>
public sealed record EngagementEntry(EngagementKind? Kind, DateOnly? On, string? Title, string? Link, bool PrincipalAttended);

/// <summary>A recording: the new record, or why there is none.</summary>
public sealed record EngagementRegistration(EngagementRecord? Record, IReadOnlyList<Refusal> Refusals);

public sealed class EngagementRecord : IAgencyOwned, IAudited
{
    public const int MaxTitleLength = 200;
    public const int MaxLinkLength = 500;

    /// <summary>The earliest date a record may carry (the reports count from the 2008 条例 on).</summary>
    public static readonly DateOnly Earliest = new(2008, 1, 1);

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

    /// <summary>
    /// Records a 回应关切 / 新闻发布会 / 在线访谈 / 解读稿件 / 微博微信回应 / 建议提案复文 of <paramref name="agencyId"/>:
    /// a kind, a title, a date between 2008 and <paramref name="today"/>; 主要负责同志出席 only for a 新闻发布会.
    /// </summary>
    public static EngagementRegistration Record(int agencyId, EngagementEntry entry, string by, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var refusals = new RefusalList()
            .Text("Title", "标题或事由", entry.Title, MaxTitleLength)
            .Text("Link", "链接", entry.Link, MaxLinkLength, required: false);
        if (entry.Kind is null || !Enum.IsDefined(entry.Kind.Value))
        {
            refusals.Add("Kind", "请选择类型。");
        }

        if (entry.On is not { } on || on > today || on < Earliest)
        {
            refusals.Add("On", "请填写日期（不晚于今天）。");
        }

        if (entry.PrincipalAttended && entry.Kind != EngagementKind.PressConference)
        {
            refusals.Add("PrincipalAttended", "只有新闻发布会需要记录主要负责同志是否出席。");
        }

        if (!refusals.IsEmpty)
        {
            return new EngagementRegistration(null, refusals);
        }

        return new EngagementRegistration(
            new EngagementRecord
            {
                AgencyId = agencyId, Kind = entry.Kind!.Value, On = entry.On!.Value, Title = InfoRequest.Clean(entry.Title)!,
                Link = InfoRequest.Clean(entry.Link), PrincipalAttended = entry.PrincipalAttended, RecordedBy = by,
            },
            []);
    }
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
