namespace Gongkai.Search;

/// <summary>A search request from the portal or the back office.</summary>
/// <param name="Text">What the user typed: words are ANDed, "quoted text" is an exact phrase; no operator syntax.</param>
/// <param name="Agencies">Agency codes to search within; null or empty searches all agencies.</param>
/// <param name="Column">A column key to search within.</param>
/// <param name="Topic">A 主题分类 to search within.</param>
/// <param name="From">First publication day, inclusive, in China Standard Time.</param>
/// <param name="To">Last publication day, inclusive, in China Standard Time.</param>
/// <param name="DocumentNumber">A 文号, matched exactly (bracket and width variants folded) or by its words.</param>
/// <param name="DocumentType">A document type to search within, e.g. 规范性文件.</param>
/// <param name="Sort">Relevance or newest first.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Hits per page, 1 to 100.</param>
public sealed record SearchQuery(
    string Text,
    IReadOnlyCollection<string>? Agencies = null,
    string? Column = null,
    string? Topic = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? DocumentNumber = null,
    string? DocumentType = null,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = 10);

/// <summary>Result order.</summary>
public enum SearchSort
{
    /// <summary>Best match first.</summary>
    Relevance,

    /// <summary>Most recently published first; ties by relevance.</summary>
    Newest,
}
