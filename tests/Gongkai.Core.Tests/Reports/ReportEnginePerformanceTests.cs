using System.Diagnostics;
using Gongkai.Core.Catalog;
using Gongkai.Core.Reports;
using Gongkai.Core.Requests;

namespace Gongkai.Core.Tests.Reports;

/// <summary>DESIGN.md §6: one agency-year's report statistics with 10,000 requests in under 50 ms.</summary>
public sealed class ReportEnginePerformanceTests
{
    private static ReportFacts BigYear()
    {
        var random = new Random(20250101);
        var outcomes = RequestOutcomes.All;
        var start = new DateOnly(2024, 7, 1);
        var requests = new RequestFact[10_000];
        for (var i = 0; i < requests.Length; i++)
        {
            var received = start.AddDays(random.Next(0, 540));
            var open = random.Next(10) == 0;
            var withdrawn = !open && random.Next(20) == 0;
            var decided = received.AddDays(random.Next(0, 60));
            requests[i] = new RequestFact(
                i + 1, (ApplicantType)random.Next(1, 7), (RequestChannel)random.Next(1, 7), received,
                open || withdrawn ? null : outcomes[random.Next(outcomes.Count)], open || withdrawn ? null : decided,
                withdrawn, withdrawn ? decided : null, random.Next(8) == 0, random.Next(30) == 0, random.Next(5) == 0 ? 100 : 0,
                random.Next(2) == 0, random.Next(4) == 0);
        }

        var items = new ItemFact[20_000];
        for (var i = 0; i < items.Length; i++)
        {
            var normative = random.Next(10) == 0;
            items[i] = new ItemFact(
                i + 1, "c", normative, false, new DateOnly(2023, 1, 1).AddDays(random.Next(0, 1100)), null,
                normative ? Validity.Effective : Validity.NotApplicable, null,
                random.Next(3) == 0 ? [PublicationChannel.WeChat, PublicationChannel.Weibo] : [], random.Next(50) == 0, null);
        }

        var remedies = Enumerable.Range(1, 300)
            .Select(i => new RemedyFact(i, (RemedyKind)random.Next(1, 5), new DateOnly(2025, 1, 1).AddDays(random.Next(0, 300)),
                RemedyResult.Maintained, new DateOnly(2025, 12, 1)))
            .ToArray();
        var engagement = Enumerable.Range(1, 1000)
            .Select(i => new EngagementFact(i, (EngagementKind)random.Next(1, 8), new DateOnly(2025, 1, 1).AddDays(random.Next(0, 365)), false))
            .ToArray();
        return new ReportFacts(ReportPeriod.Year(2025), requests, items, remedies, engagement, []);
    }

    [Theory]
    [InlineData(ReportFormat.Format2021)]
    [InlineData(ReportFormat.Format2019)]
    [InlineData(ReportFormat.Legacy)]
    public void Ten_thousand_requests_compute_well_under_50_ms(ReportFormat format)
    {
        var facts = BigYear();
        var previous = ReportEngine.Compute(format, facts with { Period = ReportPeriod.Year(2024) });
        var result = ReportEngine.Compute(format, facts, previous); // warm-up (JIT)
        // The random year answers one request in 30 late, which the legacy form's 办结 rows cannot place (by design).
        var failed = result.Checks.Where(c => !c.Passed && c.Rule != ReportKeys.LegacyClosedInTimeRule).ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed.Select(c => c.Message)));

        // Best of five, so a busy test runner does not make it flaky; the budget is 50 ms.
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            ReportEngine.Compute(format, facts, previous);
            watch.Stop();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        Assert.True(best < TimeSpan.FromMilliseconds(50), $"{format}: {best.TotalMilliseconds:F1} ms");
    }
}
