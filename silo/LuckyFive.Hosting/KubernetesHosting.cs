using System.Net;

namespace LuckyFive.Hosting;

/// <summary>
/// When a silo uses Orleans' Kubernetes hosting (<c>UseKubernetesHosting</c>, package
/// Microsoft.Orleans.Hosting.Kubernetes): the silo takes its name from the pod (<c>POD_NAME</c>), labels its pod with
/// the cluster and service ids, and watches the pods with those labels, so that a silo whose pod is deleted is declared
/// dead at once. It needs a service account allowed to get, list, watch and patch pods (and delete them when
/// <c>DeleteDefunctSiloPods</c> is on); deploy/kubernetes/ has the manifests.
/// </summary>
public static class KubernetesHosting
{
    /// <summary>Set by Kubernetes in every container of a pod; its presence is what "running in Kubernetes" means here.</summary>
    public const string ServiceHostVariable = "KUBERNETES_SERVICE_HOST";

    /// <summary>Read by Orleans' Kubernetes hosting, which then overrides the cluster id with it.</summary>
    public const string ClusterIdVariable = "ORLEANS_CLUSTER_ID";

    /// <summary>Read by Orleans' Kubernetes hosting, which then overrides the service id with it.</summary>
    public const string ServiceIdVariable = "ORLEANS_SERVICE_ID";

    /// <summary>
    /// Whether the silo uses Kubernetes hosting: <see cref="LuckyFiveClusterOptions.KubernetesHosting"/> when it is set,
    /// otherwise whether <see cref="ServiceHostVariable"/> is set in <paramref name="environment"/>.
    /// </summary>
    public static bool IsEnabled(LuckyFiveClusterOptions options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        return options.KubernetesHosting ?? !string.IsNullOrEmpty(environment(ServiceHostVariable));
    }

    /// <summary>
    /// What would make a silo under Kubernetes hosting misbehave, by key: a loopback advertised address (its peers in
    /// other pods could not reach it), and ids in <c>ORLEANS_CLUSTER_ID</c> / <c>ORLEANS_SERVICE_ID</c> that differ from
    /// LuckyFive's (Orleans would silently use them for the silo while readiness, clients and the pod labels used others).
    /// Nothing when Kubernetes hosting is off.
    /// </summary>
    internal static IEnumerable<string> Problems(LuckyFiveClusterOptions options, Func<string, string?> environment)
    {
        if (!IsEnabled(options, environment))
        {
            yield break;
        }

        const string section = LuckyFiveClusterOptions.SectionName;
        if (IPAddress.TryParse(options.AdvertisedAddress, out var address) && IPAddress.IsLoopback(address))
        {
            yield return $"{section}:AdvertisedAddress is {options.AdvertisedAddress}, a loopback address, under Kubernetes hosting: "
                + "give it the pod's IP (the downward API's status.podIP) so that silos in other pods can reach this one.";
        }

        foreach (var (variable, key, value) in new[]
        {
            (ClusterIdVariable, "ClusterId", options.ClusterId),
            (ServiceIdVariable, "ServiceId", options.ServiceId),
        })
        {
            var fromOrleans = environment(variable);
            if (!string.IsNullOrWhiteSpace(fromOrleans) && !string.Equals(fromOrleans, value, StringComparison.Ordinal))
            {
                yield return $"{section}:{key} is '{value}' but {variable} is '{fromOrleans}': set both to the same value "
                    + "(the Kubernetes manifests take both from the pod's labels).";
            }
        }
    }
}
