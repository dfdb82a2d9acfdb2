namespace LuckyFive.Domain.Recipes;

/// <summary>
/// One validation failure: <paramref name="Field"/> is a JSON path such as <c>parameters.alpha</c>
/// (or <c>$</c> for the document itself) and <paramref name="Reason"/> says what is allowed.
/// </summary>
public sealed record FieldError(string Field, string Reason)
{
    public override string ToString() => $"{Field}: {Reason}";
}
