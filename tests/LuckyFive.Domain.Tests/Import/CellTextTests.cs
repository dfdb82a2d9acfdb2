using LuckyFive.Domain.Draws.Import;

namespace LuckyFive.Domain.Tests.Import;

public sealed class CellTextTests
{
    [Theory]
    [InlineData("R$75.731.225,00", 7_573_122_500)]
    [InlineData("R$0,00", 0)]
    [InlineData("R$2,36", 236)]
    [InlineData("R$ 1.234,5", 123_450)]
    [InlineData("75.731.225,00", 7_573_122_500)]
    [InlineData("1.234", 123_400)]
    [InlineData("1500", 150_000)]
    [InlineData("1234.56", 123_456)]
    [InlineData("1234.5", 123_450)]
    [InlineData(" R$96.571.826,56 ", 9_657_182_656)]
    public void MoneyText_ValidAmount_IsExactCents(string text, long cents)
    {
        Assert.Null(MoneyText.TryParseCents(text, out var parsed));
        Assert.Equal(cents, parsed);
    }

    [Theory]
    [InlineData("R$")]
    [InlineData("R$1,234")]
    [InlineData("R$12.34.567,00")]
    [InlineData("R$1234.567,00")]
    [InlineData("1.2345")]
    [InlineData("US$5,00")]
    [InlineData("R$5,0a")]
    [InlineData("R$99999999999999999999,00")]
    public void MoneyText_Malformed_GivesAReason(string text)
    {
        Assert.NotNull(MoneyText.TryParseCents(text, out _));
    }

    [Theory]
    [InlineData("13/03/1994", 1994, 3, 13)]
    [InlineData("3/7/1994", 1994, 7, 3)]
    [InlineData("1994-03-13", 1994, 3, 13)]
    [InlineData("1994-03-13T00:00:00", 1994, 3, 13)]
    [InlineData("34406", 1994, 3, 13)]
    [InlineData("1", 1900, 1, 1)]
    [InlineData("59", 1900, 2, 28)]
    [InlineData("61", 1900, 3, 1)]
    [InlineData("45980", 2025, 11, 19)]
    public void DateText_AcceptedForms_GiveTheDate(string text, int year, int month, int day)
    {
        Assert.Null(DateText.TryParse(text, uses1904Dates: false, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("13/03/94")]
    [InlineData("03/13/1994")]
    [InlineData("60")]
    [InlineData("0")]
    [InlineData("1994/03/13")]
    [InlineData("13 de março de 1994")]
    public void DateText_RejectedForms_GiveAReason(string text)
    {
        Assert.NotNull(DateText.TryParse(text, uses1904Dates: false, out _));
    }

    [Theory]
    [InlineData("05", 5)]
    [InlineData(" 80 ", 80)]
    [InlineData("107722", 107_722)]
    [InlineData("12.0", 12)]
    public void WholeNumberText_Accepted_GivesTheNumber(string text, int expected)
    {
        Assert.Null(WholeNumberText.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("-3")]
    [InlineData("1e3")]
    [InlineData("três")]
    public void WholeNumberText_Rejected_GivesAReason(string text)
    {
        Assert.NotNull(WholeNumberText.TryParse(text, out _));
    }
}
