using Gongkai.Web.Features.Portal;

namespace Gongkai.Web.Features.Reports.Pages;

/// <summary>The portal's 政府信息公开年报 column: the agency's published reports and its main figures over the years.</summary>
public sealed class PortalReportsModel(GongkaiDbContext db, PortalReportsHandler reports) : PageModel
{
    /// <summary>One bar of the chart.</summary>
    public sealed record Bar(double X, double Y, double Width, double Height, int Value, string Fill);

    public const double ChartWidth = 720;
    public const double ChartHeight = 300;
    public const double PlotTop = 40;
    public const double PlotBottom = 260;
    public const double PlotLeft = 48;
    public const string ItemsColor = "#a8071a";
    public const string RequestsColor = "#0b4fa3";

    public Agency Agency { get; private set; } = null!;

    public IReadOnlyList<PublishedReport> Reports { get; private set; } = [];

    public IReadOnlyList<MainFigures> History { get; private set; } = [];

    public int CurrentYear { get; private set; }

    /// <summary>The top of the value axis: the largest figure rounded up to a multiple of 5 (at least 5).</summary>
    public int AxisMax => Math.Max(5, (int)Math.Ceiling(History.Select(h => Math.Max(h.ItemsPublished, h.RequestsReceived)).DefaultIfEmpty(0).Max() / 5.0) * 5);

    public async Task<IActionResult> OnGetAsync(string agency, CancellationToken ct)
    {
        var a = await PortalAgency.LoadAsync(db, agency, ViewData, ct);
        if (a is null)
        {
            return NotFound();
        }

        Agency = a;
        (Reports, History, CurrentYear) = await reports.HandleAsync(a, ct);
        return Page();
    }

    /// <summary>The x of a year's group of two bars.</summary>
    public double GroupX(int index) => PlotLeft + (index * GroupWidth) + (GroupWidth * 0.15);

    public double GroupWidth => (ChartWidth - PlotLeft - 10) / Math.Max(1, History.Count);

    public double BarWidth => GroupWidth * 0.35;

    public Bar BarOf(int index, int series, int value)
    {
        var h = (PlotBottom - PlotTop) * value / AxisMax;
        return new Bar(GroupX(index) + (series * BarWidth), PlotBottom - h, BarWidth, h, value, series == 0 ? ItemsColor : RequestsColor);
    }

    public double YOf(int value) => PlotBottom - ((PlotBottom - PlotTop) * value / AxisMax);
}
