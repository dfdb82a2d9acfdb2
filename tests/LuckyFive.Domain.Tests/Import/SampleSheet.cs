namespace LuckyFive.Domain.Tests.Import;

/// <summary>The official 21 headers and a few real rows, to build small files that look like Caixa's.</summary>
internal static class SampleSheet
{
    public static readonly string[] Headers =
    [
        "Concurso", "Data Sorteio", "Bola1", "Bola2", "Bola3", "Bola4", "Bola5", "Ganhadores 5 acertos", "Cidade / UF",
        "Rateio 5 acertos", "Ganhadores 4 acertos", "Rateio 4 acertos", "Ganhadores 3 acertos", "Rateio 3 acertos",
        "Ganhadores 2 acertos", "Rateio 2 acertos", "Acumulado 5 acertos", "Arrecadacao Total", "Estimativa Premio",
        "Acumulado Sorteio Especial Quina de São João", "observação",
    ];

    /// <summary>Contest 4085 as published: the first contest that paid the duque.</summary>
    public static string[] Contest4085() =>
    [
        "4085", "16/05/2016", "10", "28", "57", "75", "80", "1", "SANTA RITA DO PASSA QUATRO/SP", "R$1.137.600,47", "60",
        "R$5.141,48", "4431", "R$104,69", "107722", "R$2,36", "R$0,00", "R$5.350.636,50", "R$500.000,00", "R$96.571.826,56", "",
    ];

    /// <summary>A well-formed row with the given contest, date and numbers (as text, so "05" can be tested).</summary>
    public static string[] Row(string contest, string date, params string[] numbers)
    {
        string[] row =
        [
            contest, date, .. numbers, "0", "", "R$0,00", "87", "R$1.702,79", "4456", "R$44,22", "0", "R$0,00",
            "R$148.142,89", "R$0,00", "R$0,00", "R$0,00", "",
        ];
        return row;
    }

    /// <summary>Contests 1, 2, 3 … with distinct, valid numbers.</summary>
    public static string[] Good(int contest) =>
        Row(contest.ToString(System.Globalization.CultureInfo.InvariantCulture), "03/07/1994", "01", "02", "03", "04", "05");

    public static string Csv(params string[][] rows) =>
        string.Join("\r\n", new[] { Headers }.Concat(rows).Select(r => string.Join(",", r.Select(Quote)))) + "\r\n";

    private static string Quote(string field) =>
        field.Contains(',') || field.Contains('"') || field.Contains('\n') ? $"\"{field.Replace("\"", "\"\"")}\"" : field;
}
