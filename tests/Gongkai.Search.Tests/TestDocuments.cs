using Gongkai.Core.Calendar;
using Gongkai.Search;
using Lucene.Net.Store;

namespace Gongkai.Search.Tests;

/// <summary>Builders for search documents and a fresh in-memory index.</summary>
internal static class TestDocuments
{
    public static readonly DateTimeOffset Base = new(2026, 3, 10, 9, 30, 0, ChinaTime.Offset);

    public static SearchDocument Doc(
        int id,
        string title,
        string body = "",
        string agency = "songjiang",
        string column = "notice",
        string? documentNumber = null,
        string? indexNumber = null,
        string? topic = null,
        string? documentType = null,
        DateTimeOffset? publishedAt = null,
        IReadOnlyList<string>? attachments = null) =>
        new(
            id,
            agency,
            AgencyName(agency),
            column,
            column == "notice" ? "通知公告" : "规划信息",
            title,
            body,
            documentNumber,
            indexNumber,
            topic,
            documentType,
            publishedAt ?? Base,
            attachments ?? []);

    public static string AgencyName(string code) => code switch
    {
        "songjiang" => "松江区人民政府",
        "minhang" => "闵行区人民政府",
        "fengxian" => "奉贤区人民政府",
        _ => code,
    };

    /// <summary>A committed in-memory index with the documents.</summary>
    public static SearchIndex Index(params SearchDocument[] docs)
    {
        var index = new SearchIndex(new RAMDirectory());
        index.Upsert(docs);
        index.Commit();
        return index;
    }

    public static int[] Ids(this SearchResult result) => [.. result.Hits.Select(h => h.Id)];
}
