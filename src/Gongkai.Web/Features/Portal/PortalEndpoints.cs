namespace Gongkai.Web.Features.Portal;

public static class PortalEndpoints
{
    public static void MapPortalEndpoints(this IEndpointRouteBuilder app)
    {
        // Preference switches are plain links (they work without JavaScript); they only set a cookie.
        app.MapGet("/_prefs/script", (string? to, string? @return, HttpContext ctx) =>
        {
            ctx.Response.Cookies.Append(PortalPrefs.ScriptCookie, to == "hant" ? "hant" : "hans", Options());
            return TypedResults.LocalRedirect(SafeReturn(@return));
        }).ExcludeFromDescription();

        app.MapGet("/_prefs/care", (int? on, string? @return, HttpContext ctx) =>
        {
            ctx.Response.Cookies.Append(PortalPrefs.CareCookie, on == 1 ? "1" : "0", Options());
            return TypedResults.LocalRedirect(SafeReturn(@return));
        }).ExcludeFromDescription();
    }

    private static CookieOptions Options() => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        MaxAge = TimeSpan.FromDays(365),
    };

    /// <summary>Only local paths: an open redirect would let phishing links borrow the government domain.</summary>
    // Browsers drop tabs and newlines inside URLs, so "/\t/evil.example" means "//evil.example": any control character
    // or backslash makes the value unsafe (and LocalRedirect would throw on it).
    internal static string SafeReturn(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 2000 && value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal)
            && !value.Any(c => char.IsControl(c) || c == '\\')
            ? value
            : "/";
}
