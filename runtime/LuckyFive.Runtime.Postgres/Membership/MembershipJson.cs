using System.Text.Json;
using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime.Postgres.Membership;

/// <summary>The jsonb columns of a membership row: suspicion votes and hosted grain types.</summary>
internal static class MembershipJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Suspicions(IReadOnlyList<SuspectVote> votes) =>
        JsonSerializer.Serialize(votes.Select(v => new StoredVote(v.Voter.ToString(), DateTime.SpecifyKind(v.Time, DateTimeKind.Utc))), Options);

    public static IReadOnlyList<SuspectVote> Suspicions(string json) =>
        [.. (JsonSerializer.Deserialize<StoredVote[]>(json, Options) ?? []).Select(v => new SuspectVote(SiloAddress.Parse(v.Voter), v.At.ToUniversalTime()))];

    public static string GrainTypes(IReadOnlyList<GrainTypeDescriptor> types) => JsonSerializer.Serialize(types, Options);

    public static IReadOnlyList<GrainTypeDescriptor> GrainTypes(string json) =>
        JsonSerializer.Deserialize<GrainTypeDescriptor[]>(json, Options) ?? [];

    private sealed record StoredVote(string Voter, DateTime At);
}
