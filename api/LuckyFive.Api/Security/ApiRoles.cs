namespace LuckyFive.Api.Security;

/// <summary>The roles an API key can have, weakest first: each role may do everything the roles before it may.</summary>
internal static class ApiRoles
{
    public static IReadOnlyList<string> All { get; } = [ApiPolicies.Reader, ApiPolicies.Runner, ApiPolicies.Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    /// <summary>The roles that satisfy <paramref name="role"/>: itself and every stronger role.</summary>
    public static string[] AtLeast(string role)
    {
        var rank = All.ToList().IndexOf(role);
        return rank < 0 ? throw new ArgumentOutOfRangeException(nameof(role), role, "Not an API key role.") : [.. All.Skip(rank)];
    }
}
