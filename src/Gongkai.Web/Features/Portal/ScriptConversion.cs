using System.Text;
using Gongkai.Core.Text;

namespace Gongkai.Web.Features.Portal;

/// <summary>Serves portal pages in Traditional script by converting the rendered HTML (OpenCC s2t) on the way out.</summary>
public sealed class ScriptConversion
{
    // Markup is ASCII and no OpenCC entry contains markup characters, so the whole document can go through.
    public string ToTraditional(string html) => ChineseScript.Shared.ToTraditional(html);
}

public static class ScriptConversionMiddleware
{
    public static void UseScriptConversion(this WebApplication app) =>
        app.Use(async (ctx, next) =>
        {
            var path = ctx.Request.Path;
            var applies = ctx.PortalPrefs().Traditional
                && !path.StartsWithSegments("/admin") && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/account")
                && !path.StartsWithSegments("/css") && !path.StartsWithSegments("/js");
            if (!applies)
            {
                await next();
                return;
            }

            var original = ctx.Response.Body;
            await using var buffer = new MemoryStream();
            ctx.Response.Body = buffer;
            try
            {
                await next();
            }
            finally
            {
                ctx.Response.Body = original;
            }

            buffer.Position = 0;
            if (ctx.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
                var converted = Encoding.UTF8.GetBytes(ctx.RequestServices.GetRequiredService<ScriptConversion>().ToTraditional(html));
                ctx.Response.ContentLength = converted.Length;
                await original.WriteAsync(converted, ctx.RequestAborted);
            }
            else
            {
                await buffer.CopyToAsync(original, ctx.RequestAborted);
            }
        });
}
