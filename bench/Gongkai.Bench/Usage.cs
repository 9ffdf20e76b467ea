using System.Diagnostics;
using System.Globalization;

namespace Gongkai.Bench;

/// <summary>
/// CPU and GC use over a phase: whether a slow figure is work (cores busy), waiting (cores idle: locks, I/O), the
/// collector (pause time) or other processes on the machine taking the cores (a shared build host).
/// </summary>
internal sealed class Usage
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly TimeSpan _cpu = CpuTime();
    private readonly TimeSpan _pause = GC.GetTotalPauseDuration();
    private readonly int[] _collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly long _allocated = GC.GetTotalAllocatedBytes();
    private readonly (long Busy, long Total)? _machine = MachineTicks();

    public static Usage Start() => new();

    /// <summary>
    /// E.g. "CPU 1.86 of 2 cores busy (other processes 0.05), GC paused 140 ms (gen0/1/2: 210/30/2), 8.1 GiB allocated".
    /// </summary>
    public string Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_started);
        var cores = (CpuTime() - _cpu) / wall;
        var others = string.Empty;
        if (_machine is { } before && MachineTicks() is { } after && after.Total > before.Total)
        {
            var machineCores = (double)(after.Busy - before.Busy) / (after.Total - before.Total) * Environment.ProcessorCount;
            others = string.Create(CultureInfo.InvariantCulture, $" (other processes {Math.Max(0, machineCores - cores):F2})");
        }

        var pause = GC.GetTotalPauseDuration() - _pause;
        var allocated = (GC.GetTotalAllocatedBytes() - _allocated) / (1024.0 * 1024);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"CPU {cores:F2} of {Environment.ProcessorCount} cores busy{others}, GC paused {pause.TotalMilliseconds:N0} ms " +
            $"(gen0/1/2: {GC.CollectionCount(0) - _collections[0]}/{GC.CollectionCount(1) - _collections[1]}/{GC.CollectionCount(2) - _collections[2]}), " +
            $"{(allocated >= 1024 ? $"{allocated / 1024:F1} GiB" : $"{allocated:F0} MiB")} allocated");
    }

    /// <summary>Busy and total ticks of all cores from /proc/stat (Linux), so other processes' load shows.</summary>
    private static (long Busy, long Total)? MachineTicks()
    {
        try
        {
            // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"; guest time is inside user.
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var ticks = fields.Skip(1).Take(8).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            var idle = ticks[3] + ticks[4];
            return (ticks.Sum() - idle, ticks.Sum());
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
