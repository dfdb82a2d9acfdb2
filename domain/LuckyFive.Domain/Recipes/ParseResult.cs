using System.Diagnostics.CodeAnalysis;

namespace LuckyFive.Domain.Recipes;

/// <summary>Either a valid value or every reason it is not valid; never both, never neither.</summary>
public sealed class ParseResult<T>
    where T : class
{
    internal ParseResult(T? value, IReadOnlyList<FieldError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    /// <summary>The value, or an exception listing every error (for callers that treat invalid input as a bug).</summary>
    public T GetValueOrThrow() =>
        IsValid ? Value : throw new ArgumentException(string.Join("; ", Errors.Select(e => e.ToString())));
}
