namespace LuckyFive.Runtime.Abstractions;

/// <summary>Why an activation is being deactivated (same names as Orleans).</summary>
public enum DeactivationReasonCode
{
    /// <summary>No reason given.</summary>
    None,

    /// <summary>The silo is shutting down.</summary>
    ShuttingDown,

    /// <summary>Activation failed (for example <c>OnActivateAsync</c> threw).</summary>
    ActivationFailed,

    /// <summary>The directory registration was lost.</summary>
    DirectoryFailure,

    /// <summary>The activation was idle for its collection age.</summary>
    ActivationIdle,

    /// <summary>The activation stopped responding.</summary>
    ActivationUnresponsive,

    /// <summary>Another activation of the same grain won the directory registration.</summary>
    DuplicateActivation,

    /// <summary>A request could not be handled by this activation.</summary>
    IncompatibleRequest,

    /// <summary>An application error (such as <see cref="InconsistentStateException"/>) escaped a call.</summary>
    ApplicationError,

    /// <summary>The grain asked for it (<see cref="Grain.DeactivateOnIdle"/>).</summary>
    ApplicationRequested,

    /// <summary>The activation is moving to another silo.</summary>
    Migrating,

    /// <summary>The runtime asked for it (for example through the management API).</summary>
    RuntimeRequested,

    /// <summary>The silo is under memory pressure.</summary>
    HighMemoryPressure,
}
