using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Gongkai.Bench;

/// <summary>What the run ran on, and a fixed workload to compare machines by.</summary>
internal static class Machine
{
    private const int HashBytes = 100 * 1024 * 1024;
    private const int SortCount = 2_000_000;

    public static void PrintEnvironment()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {memory / (1024.0 * 1024 * 1024):F1} GiB, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}");
        Console.WriteLine($"runtime: {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {(IsOptimized() ? "Release" : "DEBUG BUILD — figures are meaningless")}");
        Console.WriteLine($"started: {TimeProvider.System.GetLocalNow():yyyy-MM-dd HH:mm zzz}");
    }

    /// <summary>
    /// Two fixed single-threaded workloads, best of three each: SHA-256 over 100 MiB (hardware-accelerated crypto,
    /// memory bandwidth) and sorting 2,000,000 seeded ints (branchy managed code, like scoring and collecting). A
    /// machine whose baseline takes 2× as long should show roughly 2× the latencies and ½ the rates below.
    /// </summary>
    public static (double HashMs, double SortMs) Baseline()
    {
        var usage = Usage.Start();
        var data = new byte[HashBytes];
        new Random(42).NextBytes(data);
        var hash = BestOf(3, () => SHA256.HashData(data));

        var source = new int[SortCount];
        var random = new Random(42);
        for (var i = 0; i < source.Length; i++)
        {
            source[i] = random.Next();
        }

        var scratch = new int[SortCount];
        var sort = BestOf(3, () =>
        {
            source.CopyTo(scratch, 0);
            Array.Sort(scratch);
        });

        Console.WriteLine($"machine baseline: SHA-256 of 100 MiB {hash:F0} ms ({HashBytes / 1024.0 / 1024 / (hash / 1000):F0} MiB/s); sort 2,000,000 ints {sort:F0} ms; {usage.Stop()}");
        Console.WriteLine("  (fixed single-threaded work, best of 3: to compare a figure with another machine's, scale it by the ratio of the two baselines)");
        return (hash, sort);
    }

    public static double WorkingSetMiB() => Environment.WorkingSet / (1024.0 * 1024);

    /// <summary>The managed heap after the last collection; the rest of the working set is mostly the mapped index files.</summary>
    public static double ManagedHeapMiB() => GC.GetGCMemoryInfo().HeapSizeBytes / (1024.0 * 1024);

    public static double PeakWorkingSetMiB()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024);
    }

    private static double BestOf(int runs, Action action)
    {
        action(); // JIT and page-in
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static bool IsOptimized() =>
        typeof(Machine).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false) is not [DebuggableAttribute { IsJITOptimizerDisabled: true }];
}
