using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gongkai.Web.Shared;

/// <summary>/healthz: healthy only when the database answers a query.</summary>
public sealed class DatabaseHealthCheck(GongkaiDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("数据库连接正常")
                : HealthCheckResult.Unhealthy("无法连接数据库");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("无法连接数据库", ex);
        }
    }
}
