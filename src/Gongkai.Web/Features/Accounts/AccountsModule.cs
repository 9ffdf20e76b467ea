namespace Gongkai.Web.Features.Accounts;

/// <summary>Staff accounts and personal access tokens.</summary>
public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services) => services.AddUseCasesOf(typeof(AccountsModule));

    public static void MapAccounts(this IEndpointRouteBuilder app) => app.MapAccountEndpoints();
}
