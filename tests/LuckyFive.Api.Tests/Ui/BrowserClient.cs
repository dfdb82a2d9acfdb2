using System.Net;
using System.Text.RegularExpressions;

namespace LuckyFive.Api.Tests.Ui;

/// <summary>An HTTP client that behaves like a browser on the pages: it keeps cookies, does not follow redirects, and fills in forms' hidden tokens.</summary>
public sealed partial class BrowserClient : IDisposable
{
    private readonly HttpClientHandler _handler;

    public BrowserClient(Uri baseAddress)
    {
        _handler = new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true };
        Http = new HttpClient(_handler) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Http { get; }

    /// <summary>Opens the sign-in page and submits <paramref name="key"/> with the page's form token.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string key, string? returnUrl = null)
    {
        var token = await FormTokenAsync(returnUrl is null ? "/ui/sign-in" : $"/ui/sign-in?return_url={Uri.EscapeDataString(returnUrl)}");
        return await PostFormAsync("/ui/sign-in", new() { ["form_token"] = token, ["api_key"] = key, ["return_url"] = returnUrl ?? "" });
    }

    /// <summary>The hidden form token a page carries.</summary>
    public async Task<string> FormTokenAsync(string path)
    {
        var html = await Http.GetStringAsync(new Uri(path, UriKind.Relative));
        return FormToken().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"{path} has no form token: {html}");
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields)
    {
        using var form = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    public void Dispose()
    {
        Http.Dispose();
        _handler.Dispose();
    }

    [GeneratedRegex("name=\"form_token\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
