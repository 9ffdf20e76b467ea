namespace Gongkai.Web.Features.Portal;

/// <summary>A citizen's display preferences, kept in cookies: 繁體 script and 适老化 (care) mode.</summary>
public sealed record PortalPrefs(bool Traditional, bool Care)
{
    public const string ScriptCookie = "gk-script";
    public const string CareCookie = "gk-care";
}

public static class PortalPrefsExtensions
{
    public static PortalPrefs PortalPrefs(this HttpContext ctx) => new(
        ctx.Request.Cookies[Portal.PortalPrefs.ScriptCookie] == "hant",
        ctx.Request.Cookies[Portal.PortalPrefs.CareCookie] == "1");
}
