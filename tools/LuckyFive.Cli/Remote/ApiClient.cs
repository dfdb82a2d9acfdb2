using System.Net;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace LuckyFive.Cli.Remote;

/// <summary>
/// The API as the commands use it: JSON in and out with the key on every request, and every failure turned into a
/// <see cref="CliException"/> with the exit code docs/cli.md gives (unreachable 3, refused 4, failed 5, bad input 2).
/// </summary>
internal sealed class ApiClient(Uri address, string key) : IDisposable
{
    private static readonly TimeSpan s_requestTimeout = TimeSpan.FromSeconds(100);

    private readonly HttpClient _http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(10) })
    {
        BaseAddress = address,
        Timeout = Timeout.InfiniteTimeSpan, // per request below; the events stream stays open as long as a run lasts
        DefaultRequestHeaders = { { "X-Api-Key", key } },
    };

    public Uri Address { get; } = address;

    public Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    public Task<JsonElement> PostAsync(string path, object? body, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = body is null ? null : new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        }, cancellationToken);

    public Task<JsonElement> DeleteAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Delete, path), cancellationToken);

    /// <summary>Sends <paramref name="file"/> as the form field <c>file</c>.</summary>
    public Task<JsonElement> PostFileAsync(string path, string file, CancellationToken cancellationToken)
    {
        var content = new MultipartFormDataContent();
        var part = new StreamContent(File.OpenRead(file));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "file", Path.GetFileName(file));
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = content }, cancellationToken);
    }

    /// <summary>The body of a GET as bytes, unchanged (an export).</summary>
    public async Task<byte[]> GetBytesAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await ExchangeAsync(new HttpRequestMessage(HttpMethod.Get, path), HttpCompletionOption.ResponseContentRead, cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    /// <summary>Server-sent events of <paramref name="path"/> until the server ends the stream.</summary>
    public async IAsyncEnumerable<SseItem<string>> EventsAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await ExchangeAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken, timeout: false);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(cancellationToken))
        {
            yield return item;
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonElement> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        using (var response = await ExchangeAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken))
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
    }

    private async Task<HttpResponseMessage> ExchangeAsync(
        HttpRequestMessage request, HttpCompletionOption completion, CancellationToken cancellationToken, bool timeout = true)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout)
        {
            deadline.CancelAfter(s_requestTimeout);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, completion, deadline.Token);
        }
        catch (HttpRequestException e)
        {
            throw new CliException($"--api: cannot reach {Address}: {e.Message}", ExitCodes.Unreachable);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"--api: {Address} did not answer {request.Method} {request.RequestUri} within {s_requestTimeout.TotalSeconds:0} s", ExitCodes.Unreachable);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw ApiErrors.Of(response.StatusCode, request, body);
        }
    }
}
