namespace LuckyFive.Api.Security;

/// <summary>A key as listed: everything but the key itself and its hash.</summary>
internal sealed record ApiKey(Guid Id, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>A key that was found active: who is calling and what they may do.</summary>
internal sealed record VerifiedApiKey(Guid Id, string Name, string Role);
