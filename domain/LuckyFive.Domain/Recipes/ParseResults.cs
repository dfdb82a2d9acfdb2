namespace LuckyFive.Domain.Recipes;

/// <summary>Factories for <see cref="ParseResult{T}"/> (kept off the generic type so calls infer T).</summary>
internal static class ParseResults
{
    public static ParseResult<T> Success<T>(T value)
        where T : class => new(value, []);

    public static ParseResult<T> Failure<T>(IReadOnlyList<FieldError> errors)
        where T : class =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(null, errors);

    /// <summary>The value when it is non-null and no errors were recorded, otherwise a failure.</summary>
    public static ParseResult<T> From<T>(T? value, List<FieldError> errors)
        where T : class =>
        value is not null && errors.Count == 0 ? Success(value) : Failure<T>(errors);
}
