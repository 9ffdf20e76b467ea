using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Gongkai.Web.Features.Accounts;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Audit;
using Gongkai.Web.Features.Calendar;
using Gongkai.Web.Features.Catalog;
using Gongkai.Web.Features.Demo;
using Gongkai.Web.Features.Portal;
using Gongkai.Web.Features.Remedies;
using Gongkai.Web.Features.Reports;
using Gongkai.Web.Features.Requests;
using Gongkai.Web.Features.Search;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gongkai.Web.Shared;

public static class GongkaiServices
{
    public const string PublicFormsPolicy = "public-forms";
    public const string LoginPolicy = "login";
    public const string SearchPolicy = "search";
    public const string OptionalStaffPolicy = "optional-staff";

    public static void AddGongkai(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;

        services.TryAddSingleton(TimeProvider.System);
        // Readable UTF-8 Chinese in pages and JSON instead of &#x...; escapes (CONVENTIONS.md §7).
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });

        services.AddHttpContextAccessor();
        services.AddScoped<IAuditActor, HttpAuditActor>();
        // Scoped like the actor it names; the CLI replaces the actor. The signal wakes this node's outbox followers.
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<AuditLog>();
        services.AddDbContext<GongkaiDbContext>((sp, o) => DatabaseSetup.Configure(o, config, contentRoot, sp.GetRequiredService<AuditInterceptor>()));

        services.AddIdentity<StaffUser, IdentityRole<int>>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<GongkaiDbContext>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddDefaultTokenProviders();
        // PBKDF2 cost; only tests lower it (hashing dominates seeding time there).
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = config.GetValue("Security:PasswordHashIterations", 100_000));
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "gongkai.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.AddAuthentication()
            .AddScheme<TokenAuthenticationOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, _ => { });
        services.AddAuthorization(o =>
        {
            o.AddPolicy(TokenAuthenticationHandler.Policy, p => p
                .AddAuthenticationSchemes(TokenAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser());
            // Public reads that show more to staff (a draft report, a search narrowed to one's agencies): whoever the
            // token or the sign-in cookie says, or anonymous. Safe methods only, so the cookie needs no antiforgery.
            o.AddPolicy(OptionalStaffPolicy, p => p
                .AddAuthenticationSchemes(TokenAuthenticationHandler.SchemeName, IdentityConstants.ApplicationScheme)
                .RequireAssertion(_ => true));
        });
        services.AddAntiforgery(o => o.Cookie.Name = "gongkai.af");

        // Pages live beside their feature (Features/<Area>/Pages) with absolute @page routes.
        services.AddRazorPages().AddRazorPagesOptions(o => o.RootDirectory = "/");
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            // Every error an API client sees is in Chinese, including the framework's own (bad JSON, unknown enum value).
            ctx.ProblemDetails.Title = ErrorMessages.ForStatus(ctx.ProblemDetails.Status ?? 500, ctx.ProblemDetails.Title);
            ctx.ProblemDetails.Detail = null;
        });
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.ContentType = "application/problem+json; charset=utf-8";
                await ctx.HttpContext.Response.WriteAsJsonAsync(
                    new ProblemDetails { Status = 429, Title = "提交过于频繁，请稍后再试。" }, ct);
            };
            // Public forms: only submissions count (reading the form is free).
            o.AddPolicy(PublicFormsPolicy, ctx => HttpMethods.IsGet(ctx.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = config.GetValue("RateLimits:PublicFormsPerMinute", 10), Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(LoginPolicy, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = config.GetValue("RateLimits:LoginPerMinute", 30), Window = TimeSpan.FromMinutes(1) }));
            // Search is read-only but costs CPU (and logs the query): generous per address, not unlimited.
            o.AddPolicy(SearchPolicy, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = config.GetValue("RateLimits:SearchPerMinute", 120), Window = TimeSpan.FromMinutes(1) }));
        });

        services.AddScoped<StaffContext>();
        services.AddScoped<AgencyScope>();
        services.AddAgencies();
        services.AddAccounts();
        services.AddAudit();
        services.AddScoped<DemoSeeder>();
        services.AddCalendar();
        services.AddRequests();
        services.AddCatalog();
        services.AddRemedies();
        services.AddReports();
        services.AddSearch();
        services.AddPortal();
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue("Database:MigrateOnStart", true))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            await DatabaseSetup.MigrateAsync(db);
            if (app.Configuration.GetValue("Demo:SeedWhenEmpty", true) && !await db.Agencies.AnyAsync())
            {
                var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
                app.Logger.LogWarning("已写入演示数据（示范县及五个乡镇）。登录地址 /account/login，演示账号：{Accounts}，密码均为 {Password}",
                    string.Join("、", seeded.UserNames), DemoSeeder.DemoPassword);
            }

            await SeedStandardColumns.EnsureAllAsync(db);
        }
    }

    public static void UseGongkai(this WebApplication app)
    {
        static bool IsApi(HttpContext ctx) => ctx.Request.Path.StartsWithSegments("/api");
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(ctx => !IsApi(ctx), pages =>
        {
            if (!app.Environment.IsDevelopment())
            {
                pages.UseExceptionHandler("/error/500");
            }

            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        // After authentication (staff are never cached) and outside the script conversion, so a 繁體 entry stores
        // the converted page; the catalog policy varies by the script cookie.
        app.UseOutputCache();
        app.UseScriptConversion();

        app.MapHealthChecks("/healthz");
        app.MapOpenApi();
        app.MapRazorPages();
        app.MapAccounts();
        app.MapAudit();
        app.MapAgencies();
        app.MapPortal();
        app.MapCalendar();
        app.MapRequests();
        app.MapCatalog();
        app.MapRemedies();
        app.MapSearch();
        app.MapReports();
    }

    private static void UseSecurityHeaders(this WebApplication app) =>
        app.Use((ctx, next) =>
        {
            var h = ctx.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            return next();
        });
}
