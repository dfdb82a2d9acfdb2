using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LuckyFive.Api.Security;

namespace LuckyFive.Api.Tests.Security;

/// <summary><c>/api/v1/keys</c>: create, list, revoke, validation, and names stored exactly as sent.</summary>
[Collection(SecuredApiTests.Name)]
public sealed class KeysEndpointsTests(SecuredApiFixture fixture)
{
    private static readonly Uri s_keys = new("/api/v1/keys", UriKind.Relative);

    private HttpClient Admin => fixture.Admin;

    [Fact]
    public async Task Create_NameAndRole_Answers201WithTheKeyOnceAndItsLocation()
    {
        using var response = await Admin.PostAsJsonAsync(s_keys, new { name = "nightly runs", role = "runner" });
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var key = created.RootElement.GetProperty("key").GetString()!;
        var id = created.RootElement.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/keys/{id}", response.Headers.Location?.ToString());
        Assert.Equal("runner", created.RootElement.GetProperty("role").GetString());
        Assert.StartsWith("lf_", key, StringComparison.Ordinal);
        Assert.Equal(3 + 43, key.Length); // 32 random bytes in unpadded base64url
        // Only the hash is stored.
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key)), await fixture.ScalarAsync<byte[]>("SELECT key_hash FROM api_keys WHERE id = $1", id));
        Assert.Equal(0L, await fixture.ScalarAsync<long>(
            "SELECT count(*) FROM api_keys WHERE position($1 in name || role || encode(key_hash, 'escape')) > 0", key));
    }

    [Fact]
    public async Task List_AfterCreatingAndUsingAKey_ShowsItWithoutAnySecret()
    {
        var key = await ApiKeys.CreateAsync(fixture.Api, ApiPolicies.Reader, "listed reader");
        using (var reader = ApiKeys.Client(fixture.Api, key))
        {
            await reader.GetStringAsync(new Uri(SecuredApiFixture.ProbePath(ApiPolicies.Reader), UriKind.Relative));
        }

        var text = await Admin.GetStringAsync(s_keys);
        using var list = JsonDocument.Parse(text);

        var listed = Assert.Single(list.RootElement.EnumerateArray(), k => k.GetProperty("name").GetString() == "listed reader");
        Assert.Equal("reader", listed.GetProperty("role").GetString());
        Assert.True(listed.GetProperty("active").GetBoolean());
        Assert.Equal(JsonValueKind.String, listed.GetProperty("last_used_at").ValueKind);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("revoked_at").ValueKind);
        Assert.False(listed.TryGetProperty("key", out _));
        Assert.False(listed.TryGetProperty("key_hash", out _));
        Assert.DoesNotContain(key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKeys.BootstrapAdminKey, text, StringComparison.Ordinal);
        Assert.Contains(list.RootElement.EnumerateArray(), k => k.GetProperty("role").GetString() == "admin"
            && k.GetProperty("name").GetString() == BootstrapAdminKeyService.ConfiguredKeyName);
    }

    [Fact]
    public async Task Create_MissingNameAndUnknownRole_Answers400NamingEachFieldAndTheAllowedRoles()
    {
        using var errors = await ValidationErrorsAsync(new { name = "  ", role = "owner" });

        Assert.Contains("name is required", Error(errors, "name"), StringComparison.Ordinal);
        Assert.Equal("The role must be one of: reader, runner, admin (got 'owner').", Error(errors, "role"));
    }

    [Fact]
    public async Task Create_NameTooLongAndNoRole_Answers400ForBoth()
    {
        using var errors = await ValidationErrorsAsync(new { name = new string('x', 101) });

        Assert.Contains("at most 100 characters", Error(errors, "name"), StringComparison.Ordinal);
        Assert.Equal("The role must be one of: reader, runner, admin.", Error(errors, "role"));
    }

    [Theory]
    [InlineData("'); DROP TABLE api_keys; --")]
    [InlineData("Robert\"); DELETE FROM api_keys WHERE ('1'='1")]
    [InlineData("$1 $2 :name @role %s {0}")]
    public async Task Create_NameThatLooksLikeSql_IsStoredAndListedLiterally(string name)
    {
        using var response = await Admin.PostAsJsonAsync(s_keys, new { name, role = "reader" });
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = created.RootElement.GetProperty("id").GetGuid();

        using var list = JsonDocument.Parse(await Admin.GetStringAsync(s_keys));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(name, created.RootElement.GetProperty("name").GetString());
        Assert.Equal(name, await fixture.ScalarAsync<string>("SELECT name FROM api_keys WHERE id = $1", id));
        Assert.Contains(list.RootElement.EnumerateArray(), k => k.GetProperty("id").GetGuid() == id && k.GetProperty("name").GetString() == name);
        Assert.True(await fixture.ScalarAsync<long>("SELECT count(*) FROM api_keys") >= 2);
    }

    [Fact]
    public async Task Revoke_KnownKey_Answers204AndTheKeyStopsWorkingAtOnceInThisProcess()
    {
        var key = await ApiKeys.CreateAsync(fixture.Api, ApiPolicies.Admin, "to revoke");
        using var client = ApiKeys.Client(fixture.Api, key);
        using var list = JsonDocument.Parse(await client.GetStringAsync(s_keys)); // also puts the key in the cache
        var id = list.RootElement.EnumerateArray().Single(k => k.GetProperty("name").GetString() == "to revoke").GetProperty("id").GetGuid();

        using var revoke = await Admin.DeleteAsync(new Uri($"/api/v1/keys/{id}", UriKind.Relative));
        using var after = await client.GetAsync(s_keys);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.NotNull(await fixture.ScalarAsync<DateTime?>("SELECT revoked_at FROM api_keys WHERE id = $1", id));
    }

    [Fact]
    public async Task Revoke_UnknownOrMalformedId_Answers404Problem()
    {
        using var unknown = await Admin.DeleteAsync(new Uri($"/api/v1/keys/{Guid.NewGuid()}", UriKind.Relative));
        using var malformed = await Admin.DeleteAsync(new Uri("/api/v1/keys/not-an-id", UriKind.Relative));
        using var problem = await AuthenticationTests.ProblemAsync(unknown);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("No such key.", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
    }

    [Fact]
    public async Task RevokedInTheDatabaseByAnotherProcess_StopsWorkingWithinTheCacheLifetime()
    {
        var key = await ApiKeys.CreateAsync(fixture.Api, ApiPolicies.Reader, "revoked elsewhere");
        using var client = ApiKeys.Client(fixture.Api, key);
        var probe = new Uri(SecuredApiFixture.ProbePath(ApiPolicies.Reader), UriKind.Relative);
        using (var first = await client.GetAsync(probe))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        await fixture.ScalarAsync<object>("UPDATE api_keys SET revoked_at = now() WHERE name = 'revoked elsewhere'");
        var revokedAt = DateTime.UtcNow;
        var status = HttpStatusCode.OK;
        while (status == HttpStatusCode.OK && DateTime.UtcNow - revokedAt < TimeSpan.FromSeconds(SecuredApiFixture.KeyCacheSeconds + 3))
        {
            using var response = await client.GetAsync(probe);
            status = response.StatusCode;
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    private static string? Error(JsonDocument errors, string field) => errors.RootElement.GetProperty("errors").GetProperty(field)[0].GetString();

    private async Task<JsonDocument> ValidationErrorsAsync(object body)
    {
        using var response = await Admin.PostAsJsonAsync(s_keys, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return await AuthenticationTests.ProblemAsync(response);
    }
}
