namespace LuckyFive.Domain.Draws;

/// <summary>
/// The currency a contest's published amounts are in. The workbook prints "R$" everywhere, but contests
/// dated before the Real (1994-07-01) are in cruzeiros reais.
/// </summary>
public enum Currency
{
    /// <summary>Real (BRL), from 1994-07-01.</summary>
    Brl,

    /// <summary>Cruzeiro real (BRR), until 1994-06-30; CR$ 2,750 = R$ 1.</summary>
    Brr,
}

public static class CurrencyRules
{
    /// <summary>The first day of the Real.</summary>
    public static readonly DateOnly RealIntroduced = new(1994, 7, 1);

    /// <summary>Cruzeiros reais per real at the changeover (Lei 8.880/1994).</summary>
    public const long CruzeirosReaisPerReal = 2750;

    public static Currency ForDate(DateOnly date) => date < RealIntroduced ? Currency.Brr : Currency.Brl;

    /// <summary>Converts an amount in cents of <paramref name="currency"/> to centavos of real, rounding down.</summary>
    public static long ToBrlCents(long cents, Currency currency) =>
        currency == Currency.Brl ? cents : cents / CruzeirosReaisPerReal;
}
