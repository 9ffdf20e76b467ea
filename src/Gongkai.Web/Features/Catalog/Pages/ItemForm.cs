namespace Gongkai.Web.Features.Catalog.Pages;

/// <summary>The item form's fields (shared by the new and edit pages).</summary>
public sealed class ItemForm
{
    public int? ColumnId { get; set; }

    public string? Title { get; set; }

    public string? Publisher { get; set; }

    public string? DocumentNumber { get; set; }

    public DateOnly? WrittenOn { get; set; }

    public string? Topic { get; set; }

    public string? Keywords { get; set; }

    public Validity? Validity { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public string? BodyHtml { get; set; }

    /// <summary>China time, as the datetime-local input gives it.</summary>
    public DateTime? ScheduledLocal { get; set; }

    public IReadOnlyList<CatalogColumn> Columns { get; set; } = [];

    public ItemInput ToInput() => new(ColumnId, Title, Publisher, DocumentNumber, WrittenOn, Topic, Keywords, Validity, EffectiveOn, EndedOn, BodyHtml,
        ScheduledLocal is { } local ? ChinaTime.FromLocal(local) : null, null);

    public static ItemForm From(CatalogItem i) => new()
    {
        ColumnId = i.ColumnId, Title = i.Title, Publisher = i.Publisher, DocumentNumber = i.DocumentNumber, WrittenOn = i.WrittenOn, Topic = i.Topic,
        Keywords = i.Keywords, Validity = i.Validity, EffectiveOn = i.EffectiveOn, EndedOn = i.EndedOn, BodyHtml = i.BodyHtml,
        ScheduledLocal = i.ScheduledAt is { } at ? ChinaTime.Local(at).DateTime : null,
    };
}
