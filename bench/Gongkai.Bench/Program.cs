using Gongkai.Bench;
using Gongkai.Bench.Reports;
using Gongkai.Bench.Search;

var options = BenchOptions.Parse(args);
if (options is null)
{
    return args is ["-h"] or ["--help"] ? 0 : 2;
}

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine("Gongkai benchmark — DESIGN.md §6 targets");
Machine.PrintEnvironment();
Machine.Baseline();
var figures = new List<Figure>();

if (options.RunReports)
{
    Console.WriteLine();
    Console.WriteLine("== report statistics (Gongkai.Core ReportEngine, 2021 format) ==");
    new ReportBench(figures).Run();
}

if (options.RunSearch)
{
    Console.WriteLine();
    Console.WriteLine($"== search and bulk import (Gongkai.Search, {options.Items:N0} items) ==");
    new SearchBench(options, figures).Run();
}

Console.WriteLine();
Console.WriteLine("== summary (ratio = measured ÷ target; a budget passes at < 1×, a rate at ≥ 1×) ==");
foreach (var figure in figures)
{
    Console.WriteLine(figure);
}

if (options.RunSearch && options.Items != 1_000_000)
{
    Console.WriteLine($"note: the search targets are for 1,000,000 items; this run indexed {options.Items:N0}.");
}

Console.WriteLine(
    $"peak working set: {Machine.PeakWorkingSetMiB():N0} MiB (whole process{(options.RunSearch ? ", including the generated items held for the import" : string.Empty)})");
return 0;
