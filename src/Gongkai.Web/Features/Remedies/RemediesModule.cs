namespace Gongkai.Web.Features.Remedies;

/// <summary>行政复议, 行政诉讼 and 举报投诉 cases (table 四 of the annual report): use cases and API routes.</summary>
public static class RemediesModule
{
    public static IServiceCollection AddRemedies(this IServiceCollection services) => services.AddUseCasesOf(typeof(RemediesModule));

    public static void MapRemedies(this IEndpointRouteBuilder app) => app.MapRemedyEndpoints();
}
