namespace LuckyFive.Domain.Backtesting;

/// <summary>Thrown when a backtest is started with a spec that <see cref="BacktestEngine.Validate"/> rejects.</summary>
public sealed class BacktestValidationException : Exception
{
    public BacktestValidationException(IReadOnlyList<BacktestError> errors)
        : base(string.Join("; ", errors)) => Errors = errors;

    public BacktestValidationException()
        : this([])
    {
    }

    public BacktestValidationException(string message)
        : base(message) => Errors = [];

    public BacktestValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    public IReadOnlyList<BacktestError> Errors { get; }
}
