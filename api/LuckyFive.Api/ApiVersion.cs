using System.Reflection;

namespace LuckyFive.Api;

/// <summary>The version this build of the API reports (its assembly's informational version).</summary>
internal static class ApiVersion
{
    public static string Current { get; } =
        typeof(ApiVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
