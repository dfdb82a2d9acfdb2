using LuckyFive.Domain.Rules;

namespace LuckyFive.Domain.Tests.Rules;

public sealed class TicketPricingTests
{
    private static readonly TicketPricing Pricing = TicketPricing.Official;

    [Theory]
    [InlineData(5, "2023-05-02", 250)]
    [InlineData(15, "2023-05-02", 750_750)]
    [InlineData(10, "2019-11-11", 50_400)]
    [InlineData(13, "2016-05-16", 193_050)]
    [InlineData(6, "2025-07-10", 1_800)]
    public void PriceCents_CurrentRules_IsChooseKFiveTimesTheBasePrice(int k, string date, long cents)
    {
        Assert.Equal(cents, Pricing.PriceCents(k, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), out var assumed));
        Assert.False(assumed);
    }

    [Theory]
    [InlineData(6, "2011-01-27", 300)]
    [InlineData(7, "2014-05-12", 1_000)]
    [InlineData(6, "2015-05-25", 750)]
    [InlineData(7, "2016-05-14", 2_000)]
    public void PriceCents_LegacyRules_UsesThePublishedMultipliers(int k, string date, long cents) =>
        Assert.Equal(cents, Pricing.PriceCents(k, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), out _));

    [Fact]
    public void PriceCents_LegacyRulesAndMoreThanSevenNumbers_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Pricing.PriceCents(8, new DateOnly(2016, 5, 14), out _));
        Assert.Contains("5 to 7 numbers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PriceCents_BeforeTheFirstKnownPrice_UsesItAndFlagsTheAssumption()
    {
        Assert.Equal(50, Pricing.PriceCents(5, new DateOnly(1999, 1, 12), out var assumed));
        Assert.True(assumed);
    }

    [Fact]
    public void ParseCsv_TheSharedPriceFile_MatchesTheBuiltInTable()
    {
        using var reader = File.OpenText(TestData.SharedData.QuinaFile("ticket-prices.csv"));

        Assert.Equal(TicketPrices.Official.Changes, TicketPrices.ParseCsv(reader).Changes);
    }

    [Theory]
    [InlineData("effective_from,base_price_cents\n2020-13-01,100\n", "line 2")]
    [InlineData("effective_from,base_price_cents\n2020-01-01,-5\n", "positive integer")]
    [InlineData("effective_from,base_price_cents\n", "at least one entry")]
    [InlineData("effective_from,base_price_cents\n2020-01-01,100\n2020-01-01,200\n", "two prices take effect on 2020-01-01")]
    [InlineData("from,price\n2020-01-01,100\n", "a price table needs the columns effective_from and base_price_cents; its header has from, price.")]
    [InlineData("", "a price table needs the columns effective_from and base_price_cents; it has no header row.")]
    [InlineData("effective_from,cents\n2020-01-01,100\n", "needs the columns effective_from and base_price_cents")]
    [InlineData("effective_from,base_price_cents\n2020-01-01\n", "Price table line 2: base_price_cents '' is not a positive integer.")]
    public void ParseCsv_BadTable_FailsNamingTheProblem(string csv, string expected)
    {
        var error = Assert.Throws<FormatException>(() => TicketPrices.ParseCsv(new StringReader(csv)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseCsv_ColumnsInAnyOrderWithOthersBeside_AreFoundByName()
    {
        var prices = TicketPrices.ParseCsv(new StringReader("note;Base_Price_Cents;Effective_From\nfirst;120;2001-02-03\n"));

        Assert.Equal([new PriceChange(new DateOnly(2001, 2, 3), 120)], prices.Changes);
    }

    [Fact]
    public void PriceCents_OverriddenTable_UsesTheOverride()
    {
        var custom = new TicketPricing(TicketPrices.ParseCsv(new StringReader("effective_from,base_price_cents\n2000-01-01,100\n")));

        Assert.Equal(600, custom.PriceCents(6, new DateOnly(2020, 1, 1), out _));
    }
}
