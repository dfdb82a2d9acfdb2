using System.Security.Claims;
using LuckyFive.Api.Security;

namespace LuckyFive.Api.Ui;

/// <summary>Who is looking at a page, and the token its sign-out form sends back.</summary>
public sealed record UiViewer(string Name, string Role, string FormToken)
{
    public bool IsAdmin => Role == ApiPolicies.Admin;

    public static UiViewer Of(ClaimsPrincipal user, string formToken) =>
        new(user.Identity?.Name ?? "", user.FindFirstValue(ClaimTypes.Role) ?? "", formToken);
}
