using Gongkai.Core.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Testing;

/// <summary>Clocks for tests, in Beijing time (<see cref="ChinaTime"/>), never a raw UTC+8.</summary>
public static class BeijingClock
{
    /// <summary>A fake clock standing at <paramref name="time"/> on <paramref name="day"/> in Beijing; give it to <see cref="GongkaiFactory.WithClock"/>.</summary>
    public static FakeTimeProvider At(DateOnly day, TimeOnly time) => new(ChinaTime.At(day, time));

    /// <summary>Today in Beijing by the system clock: for tests against an app that runs on the real clock.</summary>
    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);
}
