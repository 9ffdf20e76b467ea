using System.Text;
using System.Xml;

namespace Gongkai.Web.Features.Portal;

/// <summary>The machine-readable side of the public catalog: attachment downloads, a column's Atom feed, the sitemap.</summary>
public static class CatalogPortalEndpoints
{
    public const int FeedSize = 50;

    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void MapCatalogPortalEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{agency}/items/{id:int}/attachments/{attachmentId:int}", DownloadAsync).ExcludeFromDescription();
        app.MapGet("/{agency}/catalog/{column}/feed.xml", FeedAsync).CacheOutput(CatalogCache.PolicyName).ExcludeFromDescription();
        // Not output-cached: it spans every agency, so no one agency's tag could evict it; it is one narrow query.
        app.MapGet("/sitemap.xml", SitemapAsync).ExcludeFromDescription();
    }

    private static async Task<Results<FileContentHttpResult, NotFound, StatusCodeHttpResult>> DownloadAsync(
        string agency, int id, int attachmentId, GongkaiDbContext db, CancellationToken ct)
    {
        var row = await (
                from x in db.CatalogItemAttachments.AsNoTracking()
                join i in db.CatalogItems on x.ItemId equals i.Id
                join ag in db.Agencies on i.AgencyId equals ag.Id
                where x.Id == attachmentId && i.Id == id && ag.Code == agency
                    && (i.Status == ItemStatus.Published || i.Status == ItemStatus.Withdrawn)
                select new { x.FileName, x.ContentType, x.Content, i.Status })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return TypedResults.NotFound();
        }

        // A withdrawn item's files go with it.
        if (row.Status == ItemStatus.Withdrawn)
        {
            return TypedResults.StatusCode(StatusCodes.Status410Gone);
        }

        // File() with a download name writes Content-Disposition: attachment with an RFC 5987 UTF-8 filename*.
        return TypedResults.File(row.Content, CatalogPortal.DownloadContentType(row.ContentType), row.FileName);
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> FeedAsync(
        string agency, string column, HttpContext ctx, GongkaiDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var a = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(x => x.Code == agency, ct);
        if (a is null)
        {
            return TypedResults.NotFound();
        }

        var columns = await db.CatalogColumns.AsNoTracking().Where(c => c.AgencyId == a.Id).ToListAsync(ct);
        var c = columns.FirstOrDefault(x => string.Equals(x.Key, column, StringComparison.Ordinal));
        if (c is null)
        {
            return TypedResults.NotFound();
        }

        var ids = CatalogPortal.WithDescendants(columns, c.Id).ToList();
        var items = await db.CatalogItems.AsNoTracking()
            .Where(i => i.AgencyId == a.Id && ids.Contains(i.ColumnId) && i.Status == ItemStatus.Published)
            .OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id)
            .Take(FeedSize)
            .Select(i => new { i.Id, i.Title, i.PublishedAt, i.BodyText, i.Publisher })
            .ToListAsync(ct);

        var origin = Origin(ctx.Request);
        var columnUrl = $"{origin}/{a.Code}/catalog/{c.Key}";
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, WriterSettings()))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", AtomNs);
            w.WriteAttributeString("xml", "lang", null, "zh-CN");
            w.WriteElementString("id", AtomNs, columnUrl);
            w.WriteElementString("title", AtomNs, CatalogPortal.XmlSafe($"{a.Name} · {c.Name}"));
            w.WriteElementString("updated", AtomNs, CatalogPortal.W3c(items.FirstOrDefault()?.PublishedAt ?? clock.GetUtcNow()));
            Link(w, "self", columnUrl + "/feed.xml", "application/atom+xml");
            Link(w, "alternate", columnUrl, "text/html");
            w.WriteStartElement("author", AtomNs);
            w.WriteElementString("name", AtomNs, CatalogPortal.XmlSafe(a.Name));
            w.WriteEndElement();
            foreach (var i in items)
            {
                var url = $"{origin}/{a.Code}/items/{i.Id}";
                var published = CatalogPortal.W3c(i.PublishedAt ?? clock.GetUtcNow());
                w.WriteStartElement("entry", AtomNs);
                // The item URL is the id: stable, unique, and what a reader opens.
                w.WriteElementString("id", AtomNs, url);
                w.WriteElementString("title", AtomNs, CatalogPortal.XmlSafe(i.Title));
                w.WriteElementString("updated", AtomNs, published);
                w.WriteElementString("published", AtomNs, published);
                Link(w, "alternate", url, "text/html");
                w.WriteStartElement("author", AtomNs);
                w.WriteElementString("name", AtomNs, CatalogPortal.XmlSafe(i.Publisher));
                w.WriteEndElement();
                w.WriteStartElement("summary", AtomNs);
                w.WriteAttributeString("type", "text");
                w.WriteString(CatalogPortal.Summary(i.BodyText));
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return TypedResults.File(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static async Task<FileContentHttpResult> SitemapAsync(HttpContext ctx, GongkaiDbContext db, CancellationToken ct)
    {
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Code }).ToListAsync(ct);
        var columns = await db.CatalogColumns.AsNoTracking()
            .OrderBy(c => c.AgencyId).ThenBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.AgencyId, c.Key })
            .ToListAsync(ct);
        var items = await db.CatalogItems.AsNoTracking()
            .Where(i => i.Status == ItemStatus.Published)
            .OrderBy(i => i.AgencyId).ThenByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id)
            .Select(i => new { i.AgencyId, i.Id, i.PublishedAt })
            .ToListAsync(ct);

        var origin = Origin(ctx.Request);
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, WriterSettings()))
        {
            void Url(string path, DateTimeOffset? modified)
            {
                w.WriteStartElement("url", SitemapNs);
                w.WriteElementString("loc", SitemapNs, origin + path);
                if (modified is { } m)
                {
                    w.WriteElementString("lastmod", SitemapNs, CatalogPortal.W3c(m));
                }

                w.WriteEndElement();
            }

            w.WriteStartDocument();
            w.WriteStartElement("urlset", SitemapNs);
            Url("/", null);
            var columnsByAgency = columns.ToLookup(c => c.AgencyId);
            var itemsByAgency = items.ToLookup(i => i.AgencyId);
            foreach (var a in agencies)
            {
                Url($"/{a.Code}", null);
                Url($"/{a.Code}/catalog", itemsByAgency[a.Id].Select(i => i.PublishedAt).Max());
                foreach (var c in columnsByAgency[a.Id])
                {
                    Url($"/{a.Code}/catalog/{c.Key}", null);
                }

                foreach (var i in itemsByAgency[a.Id])
                {
                    Url($"/{a.Code}/items/{i.Id}", i.PublishedAt);
                }
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return TypedResults.File(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", AtomNs);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static XmlWriterSettings WriterSettings() => new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
    };

    /// <summary>
    /// Absolute URLs from the request's own scheme and host (the deployment may sit behind a proxy that forwards them).
    /// Each host gets its own cache entry, so a forged Host header cannot poison what others are served.
    /// </summary>
    private static string Origin(HttpRequest r) => $"{r.Scheme}://{r.Host.ToUriComponent()}{r.PathBase.ToUriComponent()}";
}
