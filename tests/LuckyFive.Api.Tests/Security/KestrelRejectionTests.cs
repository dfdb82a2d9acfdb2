using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace LuckyFive.Api.Tests.Security;

/// <summary>
/// Requests Kestrel refuses before any middleware runs, sent over a raw socket: they too answer ProblemDetails with the
/// security headers, and the connection's earlier answers pass untouched.
/// </summary>
[Collection(SecuredApiTests.Name)]
public sealed class KestrelRejectionTests(SecuredApiFixture fixture)
{
    public static TheoryData<string, int, string> Rejected => new()
    {
        { $"GET /{new string('a', 9000)} HTTP/1.1\r\nHost: x\r\n\r\n", 414, "The request target is too long." },
        { $"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: {new string('b', 40_000)}\r\n\r\n", 431, "The request headers are too large." },
        { "NOT A REQUEST LINE\r\n\r\n", 400, "The request could not be read." },
        { "GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header Name: 1\r\n\r\n", 400, "The request could not be read." },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task RequestKestrelRefuses_AnswersItsStatusAsProblemDetailsWithSecurityHeaders(string request, int status, string title)
    {
        var answer = await SendAsync(request);
        var (statusLine, headers, body) = Parse(answer);
        using var problem = JsonDocument.Parse(body);

        Assert.StartsWith($"HTTP/1.1 {status} ", statusLine, StringComparison.Ordinal);
        Assert.Equal("application/problem+json", headers["content-type"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("DENY", headers["x-frame-options"]);
        Assert.Equal("no-referrer", headers["referrer-policy"]);
        Assert.Equal("default-src 'self'; frame-ancestors 'none'", headers["content-security-policy"]);
        Assert.Equal("close", headers["connection"]);
        Assert.True(headers.ContainsKey("date"));
        Assert.Equal(Encoding.UTF8.GetByteCount(body).ToString(System.Globalization.CultureInfo.InvariantCulture), headers["content-length"]);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GoodRequestThenBadOne_OnOneConnection_FirstAnswerUntouchedSecondRewritten()
    {
        var answer = await SendAsync($"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /{new string('a', 9000)} HTTP/1.1\r\nHost: x\r\n\r\n");

        var second = answer.IndexOf("HTTP/1.1 414 ", StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", answer, StringComparison.Ordinal);
        Assert.EndsWith("ok", answer[..second], StringComparison.Ordinal);
        Assert.True(second > 0);
        Assert.Contains("The request target is too long.", answer[second..], StringComparison.Ordinal);
    }

    private async Task<string> SendAsync(string request)
    {
        var address = new Uri(fixture.Api.App.Urls.First());
        using var client = new TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var received = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        // Kestrel closes the connection after a rejection; read until it does.
        await stream.CopyToAsync(received, timeout.Token);
        return Encoding.UTF8.GetString(received.ToArray());
    }

    private static (string StatusLine, Dictionary<string, string> Headers, string Body) Parse(string answer)
    {
        var end = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"No header block in: {answer}");
        var lines = answer[..end].Split("\r\n");
        var headers = lines.Skip(1)
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim(), StringComparer.Ordinal);
        return (lines[0], headers, answer[(end + 4)..]);
    }
}
