namespace Gongkai.Search;

/// <summary>One published catalog item as the search index sees it.</summary>
/// <param name="Id">The catalog item's id; the index key, so upserting the same id replaces the document.</param>
/// <param name="AgencyCode">The publishing agency's code (filter and facet value).</param>
/// <param name="AgencyName">The agency's display name (facet label).</param>
/// <param name="ColumnKey">The catalog column's key (filter and facet value).</param>
/// <param name="ColumnName">The column's display name (facet label).</param>
/// <param name="Title">The title.</param>
/// <param name="Body">The body as plain text (no HTML).</param>
/// <param name="DocumentNumber">文号, e.g. 松政发〔2026〕8号.</param>
/// <param name="IndexNumber">索引号, e.g. songjiang/2026-000001.</param>
/// <param name="Topic">主题分类.</param>
/// <param name="DocumentType">文种 or document class, e.g. 规范性文件.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="AttachmentTexts">Plain text extracted from each attachment.</param>
public sealed record SearchDocument(
    int Id,
    string AgencyCode,
    string AgencyName,
    string ColumnKey,
    string ColumnName,
    string Title,
    string Body,
    string? DocumentNumber,
    string? IndexNumber,
    string? Topic,
    string? DocumentType,
    DateTimeOffset PublishedAt,
    IReadOnlyList<string> AttachmentTexts);
