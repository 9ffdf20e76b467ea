namespace Gongkai.Search;

/// <summary>One matching document.</summary>
/// <param name="Id">The catalog item's id.</param>
/// <param name="AgencyCode">The publishing agency's code.</param>
/// <param name="Title">The title as indexed (not encoded).</param>
/// <param name="TitleHighlighted">The title HTML-encoded, with matches wrapped in &lt;mark&gt;.</param>
/// <param name="Snippet">About 120 characters around the densest match in the body (or an attachment), HTML-encoded, with &lt;mark&gt;.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="DocumentNumber">文号.</param>
/// <param name="IndexNumber">索引号.</param>
/// <param name="Score">Lucene's score (comparable within one result only).</param>
public sealed record SearchHit(
    int Id,
    string AgencyCode,
    string Title,
    string TitleHighlighted,
    string Snippet,
    DateTimeOffset PublishedAt,
    string? DocumentNumber,
    string? IndexNumber,
    float Score);

/// <summary>One facet bucket.</summary>
/// <param name="Value">The filter value (agency code, column key, topic, year).</param>
/// <param name="Label">What to show (agency name, column name, topic, "2026年").</param>
/// <param name="Count">Matching documents in this bucket.</param>
public sealed record Facet(string Value, string Label, int Count);

/// <summary>A page of hits with the total and the facet counts over all matching documents.</summary>
/// <param name="Total">All matching documents.</param>
/// <param name="Hits">The requested page.</param>
/// <param name="Facets">Keys "agency", "column", "topic", "year"; always present, empty when nothing matched.</param>
/// <param name="Problem">A Chinese message when the input cannot be searched (empty, too long, no words), else null.</param>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<Facet>> Facets,
    string? Problem)
{
    /// <summary>The facet keys, in display order.</summary>
    public static IReadOnlyList<string> FacetKeys { get; } = ["agency", "column", "topic", "year"];

    internal static SearchResult Rejected(string problem) =>
        new(0, [], FacetKeys.ToDictionary(k => k, IReadOnlyList<Facet> (_) => []), problem);
}
