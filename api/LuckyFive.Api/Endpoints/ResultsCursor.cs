using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace LuckyFive.Api.Endpoints;

/// <summary>
/// Where the next page of results starts: the draw version the first page was read from (so every page of one walk
/// reads the same version, whatever is imported meanwhile) and the contest the previous page stopped above. Opaque
/// to clients: base64url of <c>v{version}.{contest}</c>.
/// </summary>
internal readonly record struct ResultsCursor(long Version, int BeforeContest)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"v{Version}.{BeforeContest}")));

    public static bool TryDecode(string text, out ResultsCursor cursor)
    {
        cursor = default;
        if (text.Length > 64 || !Base64Url.IsValid(text))
        {
            return false;
        }

        var plain = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text));
        var dot = plain.IndexOf('.', StringComparison.Ordinal);
        if (!plain.StartsWith('v') || dot < 0
            || !long.TryParse(plain.AsSpan(1, dot - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !int.TryParse(plain.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var before)
            || version < 1 || before < 1)
        {
            return false;
        }

        cursor = new ResultsCursor(version, before);
        return true;
    }
}
