using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LuckyFive.Api.Tests.Docs;

/// <summary>One request of a <c>.http</c> file: its title, <c># @name</c>, the status its <c># expect</c> comment documents, and its parts.</summary>
public sealed record HttpFileRequest(string Title, string? Name, int? Expect, string Method, string Url, IReadOnlyList<(string Name, string Value)> Headers, IReadOnlyList<string> Body, int Line);

/// <summary>
/// Reads and sends the requests of a <c>.http</c> file as Visual Studio and Rider do: <c>@variable = value</c>
/// lines, requests separated by <c>###</c>, <c>{{variable}}</c>, and <c>{{name.response.body.$.path}}</c> or
/// <c>{{name.response.headers.Header}}</c> from an earlier named request; a body line <c>&lt; path</c> is that file's bytes.
/// </summary>
public sealed partial class HttpFile
{
    private readonly string _folder;
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (JsonDocument? Body, HttpResponseMessage Response)> _named = new(StringComparer.Ordinal);

    private HttpFile(string path, IReadOnlyList<HttpFileRequest> requests)
    {
        _folder = Path.GetDirectoryName(path)!;
        Requests = requests;
    }

    public IReadOnlyList<HttpFileRequest> Requests { get; }

    public static HttpFile Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var requests = new List<HttpFileRequest>();
        var i = 0;
        for (; i < lines.Length && !lines[i].StartsWith("###", StringComparison.Ordinal); i++)
        {
            if (Variable().Match(lines[i]) is { Success: true } variable)
            {
                variables[variable.Groups[1].Value] = variable.Groups[2].Value.Trim();
            }
        }

        while (i < lines.Length)
        {
            var start = i;
            var title = lines[i++][3..].Trim();
            string? name = null;
            int? expect = null;
            for (; i < lines.Length && (lines[i].StartsWith('#') || lines[i].StartsWith("//", StringComparison.Ordinal) || lines[i].Trim().Length == 0) && !lines[i].StartsWith("###", StringComparison.Ordinal); i++)
            {
                if (NameComment().Match(lines[i]) is { Success: true } named)
                {
                    name = named.Groups[1].Value;
                }
                else if (ExpectComment().Match(lines[i]) is { Success: true } expected)
                {
                    expect = int.Parse(expected.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            if (i == lines.Length || lines[i].StartsWith("###", StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{path}:{start + 1}: '{title}' has no request line.");
            }

            var requestLine = lines[i++].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var headers = new List<(string, string)>();
            for (; i < lines.Length && lines[i].Trim().Length > 0 && !lines[i].StartsWith("###", StringComparison.Ordinal); i++)
            {
                var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                headers.Add((lines[i][..colon].Trim(), lines[i][(colon + 1)..].Trim()));
            }

            var body = new List<string>();
            for (; i < lines.Length && !lines[i].StartsWith("###", StringComparison.Ordinal); i++)
            {
                body.Add(lines[i]);
            }

            while (body.Count > 0 && body[^1].Trim().Length == 0)
            {
                body.RemoveAt(body.Count - 1);
            }

            while (body.Count > 0 && body[0].Trim().Length == 0)
            {
                body.RemoveAt(0);
            }

            requests.Add(new HttpFileRequest(title, name, expect, requestLine[0], requestLine[1], headers, body, start + 1));
        }

        var file = new HttpFile(path, requests);
        foreach (var (key, value) in variables)
        {
            file._variables[key] = value;
        }

        return file;
    }

    /// <summary>Replaces a file-level variable, as a reader edits <c>@api</c> or <c>@key</c> before running the file.</summary>
    public void Set(string variable, string value)
    {
        if (!_variables.ContainsKey(variable))
        {
            throw new InvalidOperationException($"The file declares no @{variable}.");
        }

        _variables[variable] = value;
    }

    /// <summary>Sends one request, remembering its answer under its name for later references.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpFileRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), Expand(request.Url));
        var contentHeaders = new List<(string, string)>();
        foreach (var (name, value) in request.Headers)
        {
            if (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                contentHeaders.Add((name, Expand(value)));
            }
            else
            {
                message.Headers.TryAddWithoutValidation(name, Expand(value));
            }
        }

        if (request.Body.Count > 0)
        {
            message.Content = new ByteArrayContent(Body(request.Body));
            foreach (var (name, value) in contentHeaders)
            {
                message.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        var response = await client.SendAsync(message);
        if (request.Name is { } remembered)
        {
            var text = await response.Content.ReadAsStringAsync();
            JsonDocument? body = null;
            try
            {
                body = text.Length > 0 ? JsonDocument.Parse(text) : null;
            }
            catch (JsonException)
            {
                // Not JSON: only its headers can be referred to.
            }

            _named[remembered] = (body, response);
        }

        return response;
    }

    private byte[] Body(IReadOnlyList<string> lines)
    {
        using var bytes = new MemoryStream();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith("< ", StringComparison.Ordinal))
            {
                bytes.Write(File.ReadAllBytes(Path.GetFullPath(Path.Combine(_folder, lines[i][2..].Trim()))));
            }
            else
            {
                bytes.Write(Encoding.UTF8.GetBytes(Expand(lines[i])));
            }

            if (i < lines.Count - 1)
            {
                bytes.Write("\r\n"u8);
            }
        }

        return bytes.ToArray();
    }

    private string Expand(string text) => Reference().Replace(text, match =>
    {
        var reference = match.Groups[1].Value.Trim();
        if (_variables.TryGetValue(reference, out var value))
        {
            return Expand(value);
        }

        var parts = reference.Split('.', 4);
        if (parts.Length == 4 && parts[1] == "response" && _named.TryGetValue(parts[0], out var answer))
        {
            if (parts[2] == "headers")
            {
                return answer.Response.Headers.TryGetValues(parts[3], out var values) ? values.First() : throw new InvalidOperationException($"{{{{{reference}}}}}: no such header.");
            }

            if (parts[2] == "body" && parts[3].StartsWith("$.", StringComparison.Ordinal) && answer.Body is { } body)
            {
                var element = body.RootElement;
                foreach (var step in parts[3][2..].Split('.'))
                {
                    element = element.GetProperty(step);
                }

                return element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
            }
        }

        throw new InvalidOperationException($"{{{{{reference}}}}} refers to nothing declared or answered before.");
    });

    [GeneratedRegex(@"^@([A-Za-z_][\w]*)\s*=\s*(.*)$")]
    private static partial Regex Variable();

    [GeneratedRegex(@"^(?:#|//)\s*@name\s+(\S+)")]
    private static partial Regex NameComment();

    [GeneratedRegex(@"^(?:#|//)\s*expect\s+(\d{3})\b")]
    private static partial Regex ExpectComment();

    [GeneratedRegex(@"\{\{([^}]+)\}\}")]
    private static partial Regex Reference();
}
