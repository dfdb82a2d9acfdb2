using System.Net;

namespace LuckyFive.Hosting;

/// <summary>
/// What a silo or client process needs to join a LuckyFive cluster, bound from the configuration section
/// <c>LuckyFive</c>: <c>appsettings.json</c>, environment variables such as <c>LuckyFive__ConnectionString</c>, or
/// command-line arguments such as <c>--LuckyFive:SiloPort=11112</c>. Every problem is reported at once, by key.
/// </summary>
public sealed class LuckyFiveClusterOptions
{
    /// <summary>The configuration section bound to these options.</summary>
    public const string SectionName = "LuckyFive";

    /// <summary>Silos with the same cluster id form one cluster (Orleans' <c>ClusterOptions.ClusterId</c>). Default <c>dev</c>.</summary>
    public string ClusterId { get; set; } = "dev";

    /// <summary>The service whose grain state and reminders the cluster keeps; stable across deployments. Default <c>luckyfive</c>.</summary>
    public string ServiceId { get; set; } = "luckyfive";

    /// <summary>Npgsql connection string of the cluster's PostgreSQL database. Required.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The address peers and clients use to reach this silo, written to the membership table. Default 127.0.0.1.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Listen on every interface (0.0.0.0) rather than only on <see cref="AdvertisedAddress"/>, e.g. in a container. Default false.</summary>
    public bool ListenOnAnyAddress { get; set; }

    /// <summary>Port for silo-to-silo traffic. Default 11111.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port clients connect to (the gateway); 0 turns the gateway off. Default 30000.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// Seconds a stopping silo may take to finish its calls, deactivate its grains (saving their state) and leave the
    /// cluster; past it the process exits anyway. Orchestrators must wait longer before a hard kill. Default 45.
    /// </summary>
    public int ShutdownBudgetSeconds { get; set; } = 45;

    /// <summary>Apply pending schema migrations before the silo starts. Default true.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>
    /// Run the silo with Orleans' Kubernetes hosting (<c>UseKubernetesHosting</c>): <c>true</c> or <c>false</c>; unset
    /// (the default) turns it on exactly when <c>KUBERNETES_SERVICE_HOST</c> is set, as it is in every pod.
    /// See <see cref="LuckyFive.Hosting.KubernetesHosting"/>.
    /// </summary>
    public bool? KubernetesHosting { get; set; }

    /// <summary>Reads the section from <paramref name="configuration"/> and throws, naming every bad key, when it is not valid.</summary>
    /// <exception cref="LuckyFiveConfigurationException">A required key is missing or a value is out of range.</exception>
    public static LuckyFiveClusterOptions From(IConfiguration configuration, bool silo)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new LuckyFiveClusterOptions();
        configuration.GetSection(SectionName).Bind(options);
        var problems = options.Problems(silo).ToArray();
        return problems.Length == 0 ? options : throw new LuckyFiveConfigurationException(problems);
    }

    internal IEnumerable<string> Problems(bool silo)
    {
        if (string.IsNullOrWhiteSpace(ClusterId))
        {
            yield return $"{SectionName}:ClusterId is required.";
        }

        if (string.IsNullOrWhiteSpace(ServiceId))
        {
            yield return $"{SectionName}:ServiceId is required.";
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return $"{SectionName}:ConnectionString is required (an Npgsql connection string to the cluster's PostgreSQL).";
        }
        else if (!IsConnectionString(ConnectionString))
        {
            yield return $"{SectionName}:ConnectionString is not an Npgsql connection string (key=value pairs separated by ';').";
        }

        if (!silo)
        {
            yield break;
        }

        if (!IPAddress.TryParse(AdvertisedAddress, out _))
        {
            yield return $"{SectionName}:AdvertisedAddress '{AdvertisedAddress}' is not an IP address.";
        }

        if (SiloPort is < 1 or > 65535)
        {
            yield return $"{SectionName}:SiloPort must be 1..65535 (got {SiloPort}).";
        }

        if (ShutdownBudgetSeconds is < 1 or > 3600)
        {
            yield return $"{SectionName}:ShutdownBudgetSeconds must be 1..3600 (got {ShutdownBudgetSeconds}).";
        }

        if (GatewayPort is < 0 or > 65535)
        {
            yield return $"{SectionName}:GatewayPort must be 0..65535, 0 for no gateway (got {GatewayPort}).";
        }
        else if (GatewayPort == SiloPort)
        {
            yield return $"{SectionName}:GatewayPort and {SectionName}:SiloPort must differ (both are {SiloPort}).";
        }

        foreach (var problem in LuckyFive.Hosting.KubernetesHosting.Problems(this, Environment.GetEnvironmentVariable))
        {
            yield return problem;
        }
    }

    private static bool IsConnectionString(string value)
    {
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(value);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
