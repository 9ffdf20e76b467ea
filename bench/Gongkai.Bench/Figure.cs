using System.Globalization;

namespace Gongkai.Bench;

/// <summary>Whether a figure must stay below its target (a time budget) or reach it (a rate).</summary>
internal enum Goal
{
    Below,
    AtLeast,
}

/// <summary>One measured figure against its DESIGN.md §6 target.</summary>
internal sealed record Figure(string Name, double Value, string Unit, double Target, Goal Goal, bool Informational = false)
{
    /// <summary>Measured ÷ target: for a budget, the share used (≤ 1 passes); for a rate, the multiple reached (≥ 1 passes).</summary>
    public double Ratio => Value / Target;

    public bool Passed => Goal == Goal.Below ? Value < Target : Value >= Target;

    /// <summary>PASS or FAIL; "info" for a figure shown against a target that is set on another statistic.</summary>
    public string Verdict => Informational ? "info" : Passed ? "PASS" : "FAIL";

    public override string ToString()
    {
        var comparison = Goal == Goal.Below ? "<" : "≥";
        var of = Goal == Goal.Below ? "of budget" : "of target";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Name}: {Format(Value)} {Unit} (target {comparison} {Format(Target)} {Unit}) → {Ratio:F2}× {of}  {Verdict}");
    }

    public static string Format(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "#,0" : Math.Abs(value) >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture);
}

/// <summary>Latency statistics over a set of measured durations.</summary>
internal sealed record Latencies(int Count, double Mean, double P50, double P95, double P99, double Max)
{
    /// <summary>Nearest-rank percentiles over milliseconds (the list is sorted in place).</summary>
    public static Latencies Of(List<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new Latencies(0, 0, 0, 0, 0, 0);
        }

        milliseconds.Sort();
        return new Latencies(
            milliseconds.Count, milliseconds.Average(), Rank(milliseconds, 50), Rank(milliseconds, 95), Rank(milliseconds, 99), milliseconds[^1]);
    }

    private static double Rank(List<double> sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
