namespace LuckyFive.Api.Security;

/// <summary>
/// The authorization policies endpoints require, one per API key role. Roles are ordered: an admin key may do what
/// a runner may, and a runner what a reader may.
/// </summary>
public static class ApiPolicies
{
    /// <summary>Reads results, simulations, ledgers and presets.</summary>
    public const string Reader = "reader";

    /// <summary>Also submits and cancels simulations and creates ledgers.</summary>
    public const string Runner = "runner";

    /// <summary>Also imports draws, manages keys and operates the cluster.</summary>
    public const string Admin = "admin";
}
