using Gongkai.Core.Agencies;

namespace Gongkai.Core.Catalog;

public enum ItemStatus
{
    Draft = 1,

    /// <summary>保密审查</summary>
    PendingReview = 2,

    /// <summary>审批</summary>
    PendingApproval = 3,

    /// <summary>Approved, to be published at <see cref="CatalogItem.ScheduledAt"/>.</summary>
    Scheduled = 4,

    Published = 5,

    Withdrawn = 6,
}

/// <summary>有效性 of a 规范性文件.</summary>
public enum Validity
{
    NotApplicable = 0,
    Effective = 1,
    Expired = 2,
    Repealed = 3,
}

/// <summary>The other channels an item went out on (the portal itself is automatic).</summary>
public enum PublicationChannel
{
    Website = 1,
    WeChat = 2,
    Weibo = 3,
    Gazette = 4,
    NoticeBoard = 5,
    Other = 6,
}

/// <summary>An item of the 信息公开目录 with the metadata the catalog standard asks for.</summary>
public sealed class CatalogItem : IAgencyOwned
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 200_000;

    public int Id { get; set; }

    public int AgencyId { get; set; }

    public int ColumnId { get; set; }

    /// <summary>索引号: {agency code}/{year}-{sequence:000000}, assigned once at first publication, never reused.</summary>
    public string? IndexNumber { get; set; }

    public required string Title { get; set; }

    /// <summary>发布机构</summary>
    public required string Publisher { get; set; }

    /// <summary>文号</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>成文日期</summary>
    public DateOnly? WrittenOn { get; set; }

    /// <summary>发布日期 (set when published).</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Publish at this time once approved (null = at once).</summary>
    public DateTimeOffset? ScheduledAt { get; set; }

    /// <summary>主题分类</summary>
    public string? Topic { get; set; }

    /// <summary>关键词, separated by spaces or 、</summary>
    public string? Keywords { get; set; }

    public Validity Validity { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    /// <summary>失效 or 废止 date.</summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>Sanitized HTML.</summary>
    public required string BodyHtml { get; set; }

    /// <summary>The body as plain text (for the scan, search and the feed).</summary>
    public required string BodyText { get; set; }

    public ItemStatus Status { get; set; }

    public string? WithdrawnReason { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>The item this one interprets (政策解读 → the policy).</summary>
    public int? InterpretsItemId { get; set; }

    public int Version { get; set; } = 1;

    public DateTimeOffset UpdatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public List<ItemEvent> Events { get; set; } = [];

    public List<ItemAttachment> Attachments { get; set; } = [];

    public List<ItemChannel> Channels { get; set; } = [];

    public List<ScanOverride> ScanOverrides { get; set; } = [];
}

/// <summary>One step of the review chain (append-only): who did what, when, with which comment.</summary>
public sealed class ItemEvent
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    public ItemAction Action { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public string? Comment { get; set; }

    /// <summary>The item's version the step applied to.</summary>
    public int Version { get; set; }
}

/// <summary>A saved version of an item's content, kept for diffs and the record.</summary>
public sealed class ItemVersion
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    public int Version { get; set; }

    public required string Title { get; set; }

    public required string BodyHtml { get; set; }

    /// <summary>The metadata at that version, as "name: value" lines.</summary>
    public required string Metadata { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    public required string SavedBy { get; set; }
}

public sealed class ItemAttachment
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public int Id { get; set; }

    public int ItemId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>Text extracted for the scan and search (DOCX/XLSX/PDF where text exists).</summary>
    public string? Text { get; set; }
}

/// <summary>The same item published through another channel (政务微信, 微博, 公报, 公开栏…).</summary>
public sealed class ItemChannel
{
    public int Id { get; set; }

    public int ItemId { get; set; }

    public PublicationChannel Channel { get; set; }

    public DateOnly On { get; set; }

    public string? Link { get; set; }
}

/// <summary>A reviewer's decision to publish despite a scan finding, with the reason (谁审查、谁负责).</summary>
public sealed class ScanOverride
{
    public int Id { get; set; }

    public int ItemId { get; set; }

    /// <summary>The finding's kind and text, as the scanner reported them.</summary>
    public required string Kind { get; set; }

    public required string Text { get; set; }

    public required string Reason { get; set; }

    public required string By { get; set; }

    public DateTimeOffset At { get; set; }
}
