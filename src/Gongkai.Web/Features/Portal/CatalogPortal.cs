using System.Text;
using System.Xml;

namespace Gongkai.Web.Features.Portal;

/// <summary>Formatting and tree helpers shared by the public catalog pages, the feed and the sitemap.</summary>
public static class CatalogPortal
{
    public const int PageSize = 20;

    /// <summary>China Standard Time has no DST; dates shown to citizens are Beijing dates, not UTC ones.</summary>

    public static string Day(DateTimeOffset? at) =>
        at is { } v ? Gongkai.Core.Calendar.ChinaTime.IsoDate(v) : "";

    /// <summary>Official dates as 公文 write them (CONVENTIONS.md §6).</summary>
    public static string Official(DateTimeOffset at) => Official(Gongkai.Core.Calendar.ChinaTime.Day(at));

    public static string Official(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    /// <summary>RFC 3339 / W3C datetime, for Atom and sitemaps.</summary>
    public static string W3c(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };

    /// <summary>The column and every column below it (the tree is small: load the agency's columns, walk in memory).</summary>
    public static HashSet<int> WithDescendants(IReadOnlyList<CatalogColumn> columns, int rootId)
    {
        var ids = new HashSet<int> { rootId };
        var added = true;
        while (added)
        {
            added = false;
            foreach (var c in columns)
            {
                if (c.ParentId is { } p && ids.Contains(p) && ids.Add(c.Id))
                {
                    added = true;
                }
            }
        }

        return ids;
    }

    /// <summary>The chain from the top-level column down to <paramref name="column"/> (for breadcrumbs).</summary>
    public static IReadOnlyList<CatalogColumn> Ancestry(IReadOnlyList<CatalogColumn> columns, CatalogColumn column)
    {
        var chain = new List<CatalogColumn> { column };
        var seen = new HashSet<int> { column.Id };
        var current = column;
        while (current.ParentId is { } p && columns.FirstOrDefault(c => c.Id == p) is { } parent && seen.Add(parent.Id))
        {
            chain.Insert(0, parent);
            current = parent;
        }

        return chain;
    }

    public static IOrderedEnumerable<CatalogColumn> Ordered(this IEnumerable<CatalogColumn> columns) =>
        columns.OrderBy(c => c.SortOrder).ThenBy(c => c.Id);

    /// <summary>The first <paramref name="max"/> characters of the body text, whitespace collapsed, safe for XML.</summary>
    public static string Summary(string text, int max = 200)
    {
        var sb = new StringBuilder(Math.Min(text.Length, max));
        var space = false;
        var truncated = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }

            if (sb.Length + (space ? 1 : 0) >= max)
            {
                truncated = true;
                break;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(ch);
        }

        // Never end on half a surrogate pair (a rare character outside the BMP cut in two).
        if (truncated && sb.Length > 0 && char.IsHighSurrogate(sb[^1]))
        {
            sb.Length--;
        }

        var result = XmlSafe(sb.ToString().TrimEnd());
        return truncated ? result + "…" : result;
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters pasted from Word): XmlWriter would throw.</summary>
    public static string XmlSafe(string s)
    {
        if (s.All(XmlConvert.IsXmlChar) && !s.Any(char.IsSurrogate))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            if (char.IsHighSurrogate(ch) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(ch).Append(s[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(ch))
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The stored type, except types a browser would render or run (HTML, SVG, XML, script): those download as
    /// octet-stream, so an uploaded page can never act as a page of the government domain (and the 繁體 middleware,
    /// which rewrites text/html, leaves the file's bytes alone).
    /// </summary>
    public static string DownloadContentType(string stored)
    {
        var media = stored.Split(';', 2)[0].Trim().ToLowerInvariant();
        var active = media.Length == 0 || !media.Contains('/', StringComparison.Ordinal)
            || media is "text/html" or "text/xml" or "application/xml" or "text/javascript" or "application/javascript" or "application/ecmascript"
            || media.EndsWith("+xml", StringComparison.Ordinal);
        return active ? "application/octet-stream" : stored;
    }
}
