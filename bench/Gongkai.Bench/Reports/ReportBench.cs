using System.Diagnostics;
using System.Globalization;
using Gongkai.Core.Reports;

namespace Gongkai.Bench.Reports;

/// <summary>
/// DESIGN.md §6 "one agency-year's report statistics with 10,000 requests: &lt; 50 ms; a county roll-up of 300
/// agencies: &lt; 2 s", on <see cref="ReportEngine.Compute"/> in the 2021 format.
/// </summary>
internal sealed class ReportBench(List<Figure> figures)
{
    private const int Year = 2025;
    private const int Agencies = 300;
    private const int CountyRequests = 90_000;
    private const int CountyItems = 1_000_000;
    private const int IdSpacing = 1_000_000;

    public void Run()
    {
        OneAgencyYear();
        CountyRollUp();
    }

    private void OneAgencyYear()
    {
        var facts = new FactsGenerator(Year).AgencyYear(Year, received: 10_000, items: 5_000, idBase: 0);

        // The previous report is stored (published statistics); only its comparison runs in the timed call.
        var previous = ReportEngine.Compute(ReportFormat.Format2021, facts with { Period = ReportPeriod.Year(Year - 1) });
        var result = ReportEngine.Compute(ReportFormat.Format2021, facts, previous);
        for (var i = 0; i < 5; i++)
        {
            ReportEngine.Compute(ReportFormat.Format2021, facts, previous);
        }

        var times = new List<double>(20);
        var usage = Usage.Start();
        for (var i = 0; i < 20; i++)
        {
            var start = Stopwatch.GetTimestamp();
            ReportEngine.Compute(ReportFormat.Format2021, facts, previous);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var stats = Latencies.Of(times);
        var t3 = result[ReportKeys.Table3];
        Console.WriteLine(
            $"one agency-year: {facts.Requests.Count:N0} requests ({Cell(t3, "t3.received"):N0} received in {Year}, {Cell(t3, "t3.carriedIn"):N0} carried in, " +
            $"{Cell(t3, "t3.results.total"):N0} closed, {Cell(t3, "t3.carriedOut"):N0} carried out), {facts.Items.Count:N0} items, " +
            $"{facts.Remedies.Count} remedy cases, {facts.Engagement.Count} 回应解读 records");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  Compute(Format2021, with last year's statistics): 20 runs after warm-up, median {stats.P50:F2} ms, min {times[0]:F2} ms, max {stats.Max:F2} ms; " +
            $"checks {(result.AllChecksPassed ? "all passed" : "FAILED: " + string.Join(", ", result.Checks.Where(c => !c.Passed).Select(c => c.Rule)))}; {usage.Stop()}"));
        figures.Add(new Figure("report statistics, one agency-year (10,000 requests)", stats.P50, "ms", 50, Goal.Below));
        Console.WriteLine(figures[^1]);
    }

    private void CountyRollUp()
    {
        var watch = Stopwatch.StartNew();
        var generator = new FactsGenerator(Year + 1);
        var random = new Random(Year + 2);

        // A few big towns, many small 乡: the same skew as the search catalog's townships.
        var weights = Enumerable.Range(0, Agencies).Select(_ => 0.3 + (random.NextDouble() * random.NextDouble() * 4)).ToArray();
        var sum = weights.Sum();
        var agencies = new ReportFacts[Agencies];
        for (var i = 0; i < Agencies; i++)
        {
            var received = (int)Math.Round(CountyRequests * weights[i] / sum);
            var items = (int)Math.Round(CountyItems * weights[i] / sum);
            agencies[i] = generator.AgencyYear(Year, received, items, idBase: i * IdSpacing);
        }

        // There is no roll-up API: the county figures are computed on the union of the agencies' facts (ids are
        // disjoint), with each manual figure summed over the agencies — concatenated, "latest entry wins" would keep one.
        var union = new ReportFacts(
            ReportPeriod.Year(Year),
            [.. agencies.SelectMany(a => a.Requests)],
            [.. agencies.SelectMany(a => a.Items)],
            [.. agencies.SelectMany(a => a.Remedies)],
            [.. agencies.SelectMany(a => a.Engagement)],
            [.. agencies.SelectMany(a => a.Manual).GroupBy(m => m.Key, StringComparer.Ordinal)
                .Select(g => new ManualFigure(g.Key, g.Sum(m => m.Value), "县汇总", g.Max(m => m.EnteredAt)))]);
        Console.WriteLine(
            $"county: {Agencies} agencies, {union.Requests.Count:N0} requests (smallest agency {agencies.Min(a => a.Requests.Count)}, largest {agencies.Max(a => a.Requests.Count)}), " +
            $"{union.Items.Count:N0} items, {union.Remedies.Count:N0} remedy cases; facts generated in {watch.Elapsed.TotalSeconds:F1} s");

        ReportStatistics[] perAgency = [];
        ReportStatistics county = null!;
        var runs = new List<double>();
        var agencyTimes = new List<double>();
        var unionTimes = new List<double>();
        var usage = Usage.Start();
        for (var run = 0; run < 6; run++)
        {
            var start = Stopwatch.GetTimestamp();
            perAgency = [.. agencies.Select(a => ReportEngine.Compute(ReportFormat.Format2021, a))];
            var agenciesDone = Stopwatch.GetElapsedTime(start);
            county = ReportEngine.Compute(ReportFormat.Format2021, union);
            var total = Stopwatch.GetElapsedTime(start);
            if (run == 0)
            {
                continue; // warm-up
            }

            runs.Add(total.TotalMilliseconds);
            agencyTimes.Add(agenciesDone.TotalMilliseconds);
            unionTimes.Add((total - agenciesDone).TotalMilliseconds);
        }

        var stats = Latencies.Of(runs);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  300 × Compute(agency) + Compute(union): 5 runs after warm-up, median {stats.P50:F0} ms (agencies {Latencies.Of(agencyTimes).P50:F0} ms, " +
            $"union {Latencies.Of(unionTimes).P50:F0} ms), max {stats.Max:F0} ms; {usage.Stop()}"));
        Console.WriteLine(
            $"  roll-up check: table 三 of the union {(SumsMatch(perAgency, county) ? "equals" : "DIFFERS FROM")} the sum of the 300 agencies' tables; " +
            $"union checks {(county.AllChecksPassed ? "all passed" : "FAILED: " + string.Join(", ", county.Checks.Where(c => !c.Passed).Select(c => c.Rule)))}");
        figures.Add(new Figure("county roll-up, 300 agencies (each + union)", stats.P50, "ms", 2_000, Goal.Below));
        Console.WriteLine(figures[^1]);
    }

    private static decimal Cell(ReportTable table, string row) => table[row].Cells[^1].Value;

    /// <summary>Every cell of table 三 in the union equals the sum of that cell over the agencies.</summary>
    private static bool SumsMatch(ReportStatistics[] agencies, ReportStatistics county)
    {
        var t3 = county[ReportKeys.Table3];
        foreach (var row in t3.Rows)
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var sum = agencies.Sum(a => a[ReportKeys.Table3][row.Key].Cells[c].Value);
                if (sum != row.Cells[c].Value)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
