using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace LuckyFive.Api.Security;

/// <summary>
/// Kestrel answers a request it cannot parse (a malformed request line, a target over <c>MaxRequestLineSize</c>: 414,
/// headers over <c>MaxRequestHeadersTotalSize</c>: 431) itself, with an empty body and none of the middleware's
/// headers. Kestrel reports each such request through its documented <c>Microsoft.AspNetCore.Server.Kestrel.BadRequest</c>
/// diagnostic event before it writes that answer; a connection middleware (<c>ListenOptions.Use</c>) marks the
/// connection there, and the connection's output then carries, instead of Kestrel's bytes, the same status as
/// ProblemDetails with the security headers.
/// </summary>
internal sealed class KestrelRejection
{
    private const string BadRequestEvent = "Microsoft.AspNetCore.Server.Kestrel.BadRequest";

    private readonly List<(string Name, string Value)> _headers = [];
    private bool _head;

    public int? StatusCode { get; private set; }

    /// <summary>Wraps every HTTP/1 connection's output so a rejection can be answered in full.</summary>
    public static void UseOnConnections(Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions listen) =>
        listen.Use(next => async connection =>
        {
            var rejection = new KestrelRejection();
            connection.Features.Set(rejection);
            var transport = connection.Transport;
            connection.Transport = new Transport(transport.Input, new RejectionWriter(transport.Output, rejection));
            try
            {
                await next(connection);
            }
            finally
            {
                connection.Transport = transport;
            }
        });

    /// <summary>Listens for Kestrel's rejections for the application's lifetime.</summary>
    public static void ListenForRejections(WebApplication app)
    {
        var subscription = app.Services.GetRequiredService<DiagnosticListener>()
            .Subscribe(new Observer(), name => name == BadRequestEvent);
        app.Lifetime.ApplicationStopped.Register(subscription.Dispose);
    }

    /// <summary>The answer that replaces Kestrel's: status line, Kestrel's own date and server headers, ours, and the body.</summary>
    public byte[] Response()
    {
        var status = StatusCode ?? StatusCodes.Status400BadRequest;
        var problem = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["title"] = Title(status),
            ["status"] = status,
        });
        var body = _head ? "" : problem;
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {ReasonPhrases.GetReasonPhrase(status)}\r\n")
            .Append("Content-Type: application/problem+json\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {Encoding.UTF8.GetByteCount(problem)}\r\n")
            .Append("Connection: close\r\n");
        foreach (var (name, value) in _headers.Concat(SecurityHeaders.For(PathString.Empty)))
        {
            text.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        return Encoding.UTF8.GetBytes(text.Append("\r\n").Append(body).ToString());
    }

    private static string Title(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status414UriTooLong => "The request target is too long.",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "The request headers are too large.",
        _ => "The request could not be read.",
    };

    private void Mark(IFeatureCollection request)
    {
        var response = request.Get<IHttpResponseFeature>();
        var protocol = request.Get<IHttpRequestFeature>()?.Protocol;
        // Only a response not yet begun, and only HTTP/1: HTTP/2 and 3 answer in frames, not text.
        if (response is null || response.HasStarted || HttpProtocol.IsHttp2(protocol ?? "") || HttpProtocol.IsHttp3(protocol ?? ""))
        {
            return;
        }

        foreach (var name in new[] { "Date", "Server", "Allow" })
        {
            if (response.Headers.TryGetValue(name, out var value))
            {
                _headers.Add((name, value.ToString()));
            }
        }

        _head = HttpMethods.IsHead(request.Get<IHttpRequestFeature>()?.Method ?? "");
        StatusCode = response.StatusCode;
    }

    private sealed class Observer : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == BadRequestEvent && value.Value is IFeatureCollection request && request.Get<KestrelRejection>() is { } rejection)
            {
                rejection.Mark(request);
            }
        }

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }
    }

    private sealed class Transport(System.IO.Pipelines.PipeReader input, System.IO.Pipelines.PipeWriter output) : System.IO.Pipelines.IDuplexPipe
    {
        public System.IO.Pipelines.PipeReader Input { get; } = input;

        public System.IO.Pipelines.PipeWriter Output { get; } = output;
    }
}
