using System.CommandLine;
using LuckyFive.Cli.Remote;

namespace LuckyFive.Cli.Commands;

/// <summary><c>luckyfive keys list|create|revoke</c>: the API's keys (admin key).</summary>
internal static class KeysCommand
{
    public static Command Create() => new("keys", "Manage API keys (needs an admin key).") { List(), CreateKey(), Revoke() };

    private static Command List()
    {
        var api = new ApiOptions();
        var json = new Option<bool>("--json") { Description = "Write the API's key list as JSON to stdout." };
        var command = WithApi(new Command("list", "Every key with its role and when it was last used; never the keys themselves.") { json }, api);
        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            using var client = api.Connect(parse);
            var keys = await client.GetAsync("/api/v1/keys", cancellationToken);
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(keys.GetRawText());
                return ExitCodes.Success;
            }

            List<string[]> rows = [["id", "name", "role", "active", "last used"]];
            rows.AddRange(keys.EnumerateArray().Select(k => new[]
            {
                k.GetProperty("id").GetString() ?? "",
                k.GetProperty("name").GetString() ?? "",
                k.GetProperty("role").GetString() ?? "",
                k.GetProperty("active").GetBoolean() ? "yes" : "no",
                k.GetProperty("last_used_at").GetString() ?? "never",
            }));
            ReportWriter.ForStandardOutput().Table(rows);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CreateKey()
    {
        var api = new ApiOptions();
        var name = new Option<string?>("--name") { Description = "Whose key it is or what it is for; required." };
        var role = new Option<string?>("--role") { Description = "reader, runner or admin; required." };
        var json = new Option<bool>("--json") { Description = "Write the API's answer, key included, as JSON to stdout." };
        var command = WithApi(new Command("create", "Create a key; it is shown this once.") { name, role, json }, api);
        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            using var client = api.Connect(parse);
            var created = await client.PostAsync("/api/v1/keys", new { name = parse.GetValue(name), role = parse.GetValue(role) }, cancellationToken);
            await Console.Out.WriteLineAsync(parse.GetValue(json)
                ? created.GetRawText()
                : $"{created.GetProperty("key").GetString()}  ({created.GetProperty("role").GetString()} key {created.GetProperty("id").GetString()}; shown only now)");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Revoke()
    {
        var api = new ApiOptions();
        var id = new Argument<Guid>("id") { Description = "The key's id (keys list shows it)." };
        var command = WithApi(new Command("revoke", "Revoke a key; every API process stops accepting it within its key cache time.") { id }, api);
        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            using var client = api.Connect(parse);
            await client.DeleteAsync($"/api/v1/keys/{parse.GetValue(id)}", cancellationToken);
            await Console.Out.WriteLineAsync($"revoked {parse.GetValue(id)}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command WithApi(Command command, ApiOptions api)
    {
        foreach (var option in api.All)
        {
            command.Options.Add(option);
        }

        return command;
    }
}
