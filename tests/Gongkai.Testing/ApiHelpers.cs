using System.Net.Http.Json;
using System.Text.Json;

namespace Gongkai.Testing;

/// <summary>Reading the JSON API's answers.</summary>
public static class ApiHelpers
{
    /// <summary>The response body as JSON.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>The Chinese messages a ValidationProblem gives for one field.</summary>
    public static async Task<string[]> FieldErrorsAsync(this HttpResponseMessage response, string field)
    {
        var json = await response.JsonAsync();
        return json.GetProperty("errors").TryGetProperty(field, out var list)
            ? list.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : [];
    }

    /// <summary>PUTs <paramref name="body"/> as JSON.</summary>
    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PutAsJsonAsync(url, body);
}
