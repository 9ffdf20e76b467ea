using System.Text.RegularExpressions;
using Gongkai.Web.Features.Demo;

namespace Gongkai.Testing;

/// <summary>Razor Pages forms as a browser posts them: the page's antiforgery token goes back with the fields.</summary>
public static partial class FormHelpers
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The antiforgery token of the first form in <paramref name="html"/>.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryField().Match(html);
        Assert.True(match.Success, "The page has no antiforgery field.");
        return match.Groups[1].Value;
    }

    /// <summary>
    /// GETs <paramref name="page"/> (with the client's cookies), then posts <paramref name="fields"/> and that page's
    /// antiforgery token to <paramref name="action"/>, or back to the page when no action is given.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var html = await client.GetStringAsync(page, Ct);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(html) };
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(form), Ct);
    }

    /// <summary>
    /// Signs in through the /account/login form (the demo password unless another is given) and returns its answer: a
    /// redirect on success, the form again with messages otherwise. The client must keep cookies.
    /// </summary>
    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string userName, string password = DemoSeeder.DemoPassword) =>
        client.PostFormAsync("/account/login", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
        });
}
