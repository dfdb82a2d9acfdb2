using System.Net;
using System.Text.Json;

namespace LuckyFive.Cli.Remote;

/// <summary>
/// An API answer that is not a success, as <c>error:</c> lines: a 400's field errors each under the CLI option that
/// sets the field (the API's name when no option does), anything else with its status and ProblemDetails text.
/// </summary>
internal static class ApiErrors
{
    private static readonly Dictionary<string, string> s_optionOfField = new(StringComparer.Ordinal)
    {
        ["from_contest"] = "--from",
        ["to_contest"] = "--to",
        ["batch_size"] = "--batch-size",
        ["ledger_id"] = "--ledger",
        ["seed"] = "--seed",
        ["tickets"] = "--tickets",
        ["numbers"] = "--numbers",
        ["window"] = "--window",
        ["strategy"] = "--strategy",
        ["concurrency"] = "--concurrency",
        ["holdout"] = "--holdout",
        ["spec"] = "--spec",
        ["simulation_ids"] = "simulation",
        ["file"] = "file",
        ["name"] = "--name",
        ["role"] = "--role",
    };

    public static CliException Of(HttpStatusCode status, HttpRequestMessage request, string body)
    {
        var problem = TryParse(body);
        var code = (int)status;
        if (code == 400 && problem is { } details && details.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            return new CliException(
                [.. errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(reason => $"{OptionOf(e.Name)}: {reason.GetString()}"))],
                ExitCodes.Usage);
        }

        var title = problem is { } p && p.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var detail = problem is { } q && q.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        var what = string.Join(" ", new[] { title, detail }.Where(s => !string.IsNullOrEmpty(s)));
        var where = $"{request.Method} {request.RequestUri}";
        return code switch
        {
            401 => new CliException($"--key: the API did not accept the key ({code}); check --key or ${ApiOptions.KeyVariable}", ExitCodes.Refused),
            403 => new CliException($"--key: the key's role may not {where} ({code}){Suffix(what)}", ExitCodes.Refused),
            400 or 413 or 415 => new CliException($"{where}: refused ({code}){Suffix(what)}", ExitCodes.Usage),
            >= 500 => new CliException($"api: {where} failed ({code}){Suffix(what)}", ExitCodes.Failed),
            _ => new CliException($"{where}: {code}{Suffix(what)}", ExitCodes.Refused),
        };
    }

    private static string OptionOf(string field) =>
        s_optionOfField.TryGetValue(field, out var option) ? option
        : field.StartsWith("parameters.", StringComparison.Ordinal) ? $"--param {field["parameters.".Length..]}"
        : field;

    private static string Suffix(string what) => what.Length > 0 ? $": {what}" : "";

    private static JsonElement? TryParse(string body)
    {
        try
        {
            return body.Length > 0 ? JsonDocument.Parse(body).RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
