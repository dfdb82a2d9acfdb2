namespace LuckyFive.Runtime.Abstractions;

/// <summary>Why an activation is deactivated, with a description and, for failures, the exception.</summary>
/// <param name="ReasonCode">The reason.</param>
/// <param name="Description">A human-readable description.</param>
/// <param name="Exception">The failure that caused the deactivation, if any.</param>
public readonly record struct DeactivationReason(DeactivationReasonCode ReasonCode, string Description, Exception? Exception = null)
{
    /// <inheritdoc />
    public override string ToString() => Exception is null ? $"{ReasonCode}: {Description}" : $"{ReasonCode}: {Description} ({Exception.GetType().Name})";
}
