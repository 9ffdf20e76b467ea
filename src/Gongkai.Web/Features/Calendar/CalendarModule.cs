namespace Gongkai.Web.Features.Calendar;

/// <summary>The working-day calendar in force and its administration.</summary>
public static class CalendarModule
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<CalendarProvider>();
        services.AddUseCasesOf(typeof(CalendarModule));
        return services;
    }

    public static void MapCalendar(this IEndpointRouteBuilder app) => app.MapCalendarEndpoints();
}
