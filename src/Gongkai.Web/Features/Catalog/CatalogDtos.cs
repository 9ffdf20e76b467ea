namespace Gongkai.Web.Features.Catalog;

public sealed record ColumnDto(int Id, int? ParentId, string Key, string Name, int? UpdateEveryDays, bool SkipApproval, bool HasValidity)
{
    public static ColumnDto From(CatalogColumn c) => new(c.Id, c.ParentId, c.Key, c.Name, c.UpdateEveryDays, c.SkipApproval, c.HasValidity);
}

public sealed record ItemRow(int Id, string? IndexNumber, string Title, int ColumnId, string Status, string StatusLabel, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt);

public sealed record ItemEventDto(string Action, string Label, DateTimeOffset At, string Actor, string? Comment, int Version);

/// <summary>An open finding. <see cref="Maskable"/> is false for a 密级 marking, and <see cref="Note"/> says why.</summary>
public sealed record FindingDto(string Where, string Kind, string Label, string Text, string Masked, bool Maskable, string? Note);

public sealed record ItemAttachmentDto(int Id, string FileName, string ContentType, long Length, string Sha256);

public sealed record ItemChannelDto(string Channel, string Label, DateOnly On, string? Link);

public sealed record ItemDto(
    int Id, string Agency, int ColumnId, string? IndexNumber, string Title, string Publisher, string? DocumentNumber, DateOnly? WrittenOn,
    DateTimeOffset? PublishedAt, DateTimeOffset? ScheduledAt, string? Topic, string? Keywords, string Validity, DateOnly? EffectiveOn,
    DateOnly? EndedOn, string BodyHtml, string Status, string StatusLabel, string? WithdrawnReason, string? WithheldReason, int Version,
    int? InterpretsItemId, IReadOnlyList<FindingDto> Findings, IReadOnlyList<ItemEventDto> Events, IReadOnlyList<ItemAttachmentDto> Attachments,
    IReadOnlyList<ItemChannelDto> Channels)
{
    public static ItemDto From(CatalogItem i, CatalogAgency agency) => new(
        i.Id, agency.Code, i.ColumnId, i.IndexNumber, i.Title, i.Publisher, i.DocumentNumber, i.WrittenOn, i.PublishedAt, i.ScheduledAt, i.Topic,
        i.Keywords, i.Validity.ToString(), i.EffectiveOn, i.EndedOn, i.BodyHtml, i.Status.ToString(), i.Status.Label(), i.WithdrawnReason,
        i.WithheldReason, i.Version, i.InterpretsItemId,
        i.OpenFindings(agency.Numbers).Select(f => new FindingDto(
            f.Where, f.Kind.ToString(), f.Label, f.Text, f.Masked, !f.IsSecrecyMarking, f.IsSecrecyMarking ? CatalogItem.SecrecyFindingNote : null)).ToList(),
        i.Events.OrderBy(e => e.Id).Select(e => new ItemEventDto(e.Action.ToString(), e.Action.Label(), e.At, e.Actor, e.Comment, e.Version)).ToList(),
        i.Attachments.Select(a => new ItemAttachmentDto(a.Id, a.FileName, a.ContentType, a.Length, a.Sha256)).ToList(),
        i.Channels.Select(c => new ItemChannelDto(c.Channel.ToString(), c.Channel.Label(), c.On, c.Link)).ToList());
}
