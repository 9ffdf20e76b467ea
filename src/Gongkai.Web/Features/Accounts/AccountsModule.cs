using Gongkai.Web.Features.Audit;

namespace Gongkai.Web.Features.Accounts;

/// <summary>Staff accounts, personal access tokens and the audit log they are accountable in.</summary>
public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<StaffAccountService>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<AuditQuery>();
        return services;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
    {
        app.MapAccountEndpoints();
        app.MapAuditEndpoints();
        return app;
    }
}
