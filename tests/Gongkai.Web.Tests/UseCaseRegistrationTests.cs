using Gongkai.Web.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>
/// Use cases are registered by convention (<see cref="UseCases"/>): each feature module picks up its own classes. The app
/// must be able to build every one of them, and the convention must find the use cases the features rely on.
/// </summary>
public sealed class UseCaseRegistrationTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    public static TheoryData<string> Modules => new(typeof(Program).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Module", StringComparison.Ordinal) && t.Namespace!.StartsWith("Gongkai.Web.Features.", StringComparison.Ordinal))
        .Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(Modules))]
    public async Task Every_use_case_a_module_registers_can_be_built(string module)
    {
        var type = typeof(Program).Assembly.GetType(module)!;
        var found = UseCases.Of(type).ToList();
        await using var scope = fixture.App.Services.CreateAsyncScope();
        Assert.All(found, t => Assert.NotNull(scope.ServiceProvider.GetRequiredService(t)));
    }

    [Theory]
    [InlineData(typeof(Gongkai.Web.Features.Requests.RequestsModule), "ApplyRequestStep CorrectRequestIntake RequestIntake RequestQueries RequestDetails RequestAttachments RequestLetters RequestAccess RequestClockService")]
    [InlineData(typeof(Gongkai.Web.Features.Catalog.CatalogModule), "CreateItemHandler ActOnItemHandler PublishDueItemsHandler PublishGeneratedItemHandler CatalogStore CatalogQueries")]
    [InlineData(typeof(Gongkai.Web.Features.Reports.ReportsModule), "PublishReportHandler GetReportHandler RollupHandler ReportFactsLoader")]
    public void The_convention_finds_the_use_cases_a_feature_relies_on(Type module, string names)
    {
        var found = UseCases.Of(module).Select(t => t.Name).ToHashSet();
        Assert.All(names.Split(' '), n => Assert.Contains(n, found));
    }
}
