using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace LuckyFive.Api.Security;

/// <summary>
/// How keys are made and kept: 32 random bytes in base64url after <c>lf_</c>, stored only as their SHA-256
/// (docs/decisions/0010-api-keys.md says why a fast hash is enough for random keys).
/// </summary>
internal static class ApiKeySecret
{
    public const string Prefix = "lf_";

    /// <summary>A configured key (<c>LuckyFive:Api:BootstrapAdminKey</c>) must be at least this long, so it cannot be guessed either.</summary>
    public const int MinimumConfiguredLength = 32;

    private const int RandomBytes = 32;

    public static string New() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(RandomBytes));

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
