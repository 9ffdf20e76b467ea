using Gongkai.Core.Text;

namespace Gongkai.Web.Features.Catalog.Pages;

/// <summary>What changed between two versions of an item: title, metadata and body text, line by line.</summary>
[Authorize]
public sealed class VersionDiffModel(CatalogQueries queries) : PageModel
{
    public CatalogItem Item { get; private set; } = null!;

    public ItemVersion From { get; private set; } = null!;

    public ItemVersion To { get; private set; } = null!;

    public IReadOnlyList<DiffLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int version, CancellationToken ct)
    {
        var item = await queries.ItemAsync(id, ct);
        if (item is null)
        {
            return NotFound();
        }

        var versions = await queries.VersionsAsync(id, ct);
        var to = versions.FirstOrDefault(v => v.Version == version);
        var from = versions.LastOrDefault(v => v.Version < version);
        if (to is null || from is null)
        {
            return NotFound();
        }

        (Item, From, To) = (item, from, to);
        Lines = TextDiff.Lines(Render(from), Render(to));
        return Page();
    }

    private static string Render(ItemVersion v) => $"标题: {v.Title}\n{v.Metadata}\n\n{CatalogText.PlainText(v.BodyHtml)}";
}
