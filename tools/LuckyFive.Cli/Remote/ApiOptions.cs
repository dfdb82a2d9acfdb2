using System.CommandLine;

namespace LuckyFive.Cli.Remote;

/// <summary>Where the API is and which key to use: <c>--api</c> and <c>--key</c>, or the environment.</summary>
internal sealed class ApiOptions
{
    public const string AddressVariable = "LUCKYFIVE_API";
    public const string KeyVariable = "LUCKYFIVE_KEY";
    public const string DefaultAddress = "http://127.0.0.1:8080";

    public Option<string?> Api { get; } = new("--api")
    {
        Description = $"The API's address (default ${AddressVariable}, else {DefaultAddress}).",
    };

    public Option<string?> Key { get; } = new("--key")
    {
        Description = $"An API key of a role the command needs (default ${KeyVariable}).",
    };

    public IEnumerable<Option> All => [Api, Key];

    /// <summary>A client of the API the options name.</summary>
    /// <exception cref="CliException">The address is not an http(s) URL, or there is no key.</exception>
    public ApiClient Connect(ParseResult parse)
    {
        var address = parse.GetValue(Api) ?? Environment.GetEnvironmentVariable(AddressVariable) ?? DefaultAddress;
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new CliException($"--api: must be an http or https address such as {DefaultAddress}, got '{address}'");
        }

        var key = parse.GetValue(Key) ?? Environment.GetEnvironmentVariable(KeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new CliException($"--key: required; give an API key or set {KeyVariable} (./run.sh prints the admin key)");
        }

        return new ApiClient(uri, key);
    }
}
