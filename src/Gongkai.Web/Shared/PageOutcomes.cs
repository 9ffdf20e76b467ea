namespace Gongkai.Web.Shared;

/// <summary>How pages answer a use case that refused to look or to let the user act.</summary>
public static class PageOutcomes
{
    /// <summary>404 when the record does not exist for this user, 403 when they may see but not do; null otherwise.</summary>
    public static IActionResult? Refusal<T>(this PageModel page, Outcome<T> outcome) =>
        outcome.NotFound ? page.NotFound() : outcome.Forbidden ? page.Forbid() : null;
}
