namespace Gongkai.Web.Features.Calendar;

/// <summary>
/// The calendar in force: the embedded State Council data with the years platform admins added or corrected
/// laid over it. Cached; re-read after a local change and, so that several web nodes agree, whenever the
/// overrides' version stamp in the database moves (checked at most every 30 seconds).
/// </summary>
public sealed class CalendarProvider(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim gate = new(1, 1);
    private WorkingDayCalendar? current;
    private (int Count, DateTimeOffset? Latest) version;
    private DateTimeOffset checkedAt;

    public async Task<WorkingDayCalendar> GetAsync(CancellationToken ct = default)
    {
        if (current is not null && clock.GetUtcNow() - checkedAt < CheckEvery)
        {
            return current;
        }

        await gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var count = await db.CalendarYears.CountAsync(ct);
            var latest = count == 0 ? null : await db.CalendarYears.MaxAsync(y => (DateTimeOffset?)y.UpdatedAt, ct);
            if (current is null || version != (count, latest))
            {
                var calendar = WorkingDayCalendar.Embedded;
                foreach (var row in await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(ct))
                {
                    var parsed = HolidayFile.Parse(row.Content);
                    foreach (var year in parsed.Years)
                    {
                        calendar = calendar.WithYear(year);
                    }
                }

                current = calendar;
                version = (count, latest);
            }

            checkedAt = clock.GetUtcNow();
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate() => checkedAt = DateTimeOffset.MinValue;

    /// <summary>The notice an admin-entered year came from, or null for embedded years.</summary>
    public async Task<string?> OverrideSourceAsync(int year, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        return await db.CalendarYears.Where(y => y.Year == year).Select(y => y.Source).FirstOrDefaultAsync(ct);
    }
}
