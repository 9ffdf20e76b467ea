namespace Gongkai.Search;

/// <summary>Field names in the Lucene index. Changing one needs a full re-index.</summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string Agency = "agency";
    public const string Column = "column";
    public const string Topic = "topic";
    public const string DocumentType = "doctype";

    // Analysed text (stored: the originals are needed for titles and snippets).
    public const string Title = "title";
    public const string Body = "body";
    public const string Attachment = "attachment";
    public const string DocumentNumber = "docnum";
    public const string IndexNumber = "indexnum";

    // Exact keyword forms (ChineseAnalysis.NormalizeKeyword).
    public const string DocumentNumberKey = "docnum_key";
    public const string IndexNumberKey = "indexnum_key";

    // PublishedAt: UTC ticks indexed for range filters and stored; doc values for sorting; the offset for display.
    public const string Published = "published";
    public const string PublishedSort = "published_sort";
    public const string PublishedOffset = "published_offset";

    // Facet doc values: "value\u001Flabel".
    public const string AgencyFacet = "facet_agency";
    public const string ColumnFacet = "facet_column";
    public const string TopicFacet = "facet_topic";
    public const string YearFacet = "facet_year";

    public const char FacetSeparator = '\u001F';

    /// <summary>The analysed fields a query searches, with their boosts.</summary>
    public static IReadOnlyList<(string Field, float Boost)> Searched { get; } =
    [
        (Title, 3f),
        (Body, 1f),
        (Attachment, 1f),
        (DocumentNumber, 1f),
        (IndexNumber, 1f),
    ];
}
