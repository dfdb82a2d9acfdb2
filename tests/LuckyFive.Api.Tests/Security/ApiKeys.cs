using System.Net.Http.Json;
using System.Text.Json;

namespace LuckyFive.Api.Tests.Security;

/// <summary>
/// Keys for tests. Every API started with <see cref="RunningApp.Arguments"/> stores <see cref="BootstrapAdminKey"/>
/// as its first admin key (<see cref="BootstrapArgument"/>); <see cref="CreateAsync"/> asks it for a key of any role.
/// </summary>
public static class ApiKeys
{
    /// <summary>The admin key test APIs start with; a test of its own must never be a secret.</summary>
    public const string BootstrapAdminKey = "lf_test-bootstrap-admin-key-not-a-secret";

    /// <summary>The argument that sets it: <c>--LuckyFive:Api:BootstrapAdminKey=…</c>.</summary>
    public static string BootstrapArgument { get; } = $"--LuckyFive:Api:BootstrapAdminKey={BootstrapAdminKey}";

    /// <summary>A new key of <paramref name="role"/> (<c>ApiPolicies.Reader</c>, <c>Runner</c> or <c>Admin</c>), made through <c>POST /api/v1/keys</c>.</summary>
    public static async Task<string> CreateAsync(RunningApp app, string role, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var admin = AdminClient(app);
        using var response = await admin.PostAsJsonAsync(new Uri("/api/v1/keys", UriKind.Relative), new { name = name ?? $"test {role}", role });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating a {role} key answered {(int)response.StatusCode}: {body}");
        }

        using var created = JsonDocument.Parse(body);
        return created.RootElement.GetProperty("key").GetString()!;
    }

    /// <summary>A client of <paramref name="app"/> that sends <paramref name="key"/> as <c>X-Api-Key</c>; dispose it.</summary>
    public static HttpClient Client(RunningApp app, string key)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = new HttpClient { BaseAddress = app.Http.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    /// <summary>A client of <paramref name="app"/> with the bootstrap admin key; dispose it.</summary>
    public static HttpClient AdminClient(RunningApp app) => Client(app, BootstrapAdminKey);
}
