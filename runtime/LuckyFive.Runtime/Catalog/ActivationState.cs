namespace LuckyFive.Runtime;

/// <summary>Life-cycle of one activation.</summary>
internal enum ActivationState
{
    Creating,
    Activating,
    Valid,
    Deactivating,
    Invalid,
}
