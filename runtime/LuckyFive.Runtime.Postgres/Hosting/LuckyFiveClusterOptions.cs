using System.Net;

namespace LuckyFive.Runtime.Postgres.Hosting;

/// <summary>
/// Everything a silo or client process needs to join a LuckyFive cluster, bound from the configuration section
/// <c>LuckyFive</c> (e.g. <c>LuckyFive__ConnectionString</c> in the environment, <c>--LuckyFive:SiloPort=11112</c>
/// on the command line) and validated when the host starts.
/// </summary>
public sealed class LuckyFiveClusterOptions
{
    /// <summary>The configuration section bound to these options.</summary>
    public const string SectionName = "LuckyFive";

    /// <summary>Silos with the same cluster id form one cluster. Default "dev".</summary>
    public string ClusterId { get; set; } = "dev";

    /// <summary>The service whose grain state and reminders the cluster keeps; stable across deployments. Default "luckyfive".</summary>
    public string ServiceId { get; set; } = "luckyfive";

    /// <summary>Npgsql connection string of the cluster's PostgreSQL database. Required.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Shared by every silo and client of the cluster (at least 16 characters). Required; never logged.</summary>
    public string ClusterSecret { get; set; } = "";

    /// <summary>Address to listen on for grain messages. Default 127.0.0.1.</summary>
    public string ListenAddress { get; set; } = "127.0.0.1";

    /// <summary>Port for grain messages; 0 picks a free one (clients use 0). Default 11111.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Address peers use to reach this process; required when listening on 0.0.0.0.</summary>
    public string? AdvertisedAddress { get; set; }

    internal IEnumerable<string> Problems()
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

        if (ClusterSecret.Length < 16)
        {
            yield return $"{SectionName}:ClusterSecret must be at least 16 characters (it has {ClusterSecret.Length}).";
        }

        if (!IPAddress.TryParse(ListenAddress, out _))
        {
            yield return $"{SectionName}:ListenAddress '{ListenAddress}' is not an IP address.";
        }

        if (SiloPort is < 0 or > 65535)
        {
            yield return $"{SectionName}:SiloPort must be 0..65535 (got {SiloPort}).";
        }

        if (AdvertisedAddress is not null && !IPAddress.TryParse(AdvertisedAddress, out _))
        {
            yield return $"{SectionName}:AdvertisedAddress '{AdvertisedAddress}' is not an IP address.";
        }
    }
}
