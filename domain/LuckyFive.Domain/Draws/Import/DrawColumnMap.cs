namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// Which column feeds which draw field, decided from the header row by name (never by position).
/// Names are compared after <see cref="HeaderName.Normalize"/>, and must match a known name exactly:
/// substring matching would let "Cidade / UF" pass for an id or "Acumulado Sorteio…" for the draw date.
/// </summary>
internal sealed class DrawColumnMap
{
    private static readonly Dictionary<string, DrawField> Known = BuildKnownNames();

    private static readonly DrawField[] PrizeFields =
    [
        DrawField.QuinaWinners, DrawField.QuinaPrize, DrawField.QuadraWinners, DrawField.QuadraPrize,
        DrawField.TernoWinners, DrawField.TernoPrize, DrawField.DuqueWinners, DrawField.DuquePrize,
    ];

    private readonly int[] _columnOf; // DrawField → column index, or -1
    private readonly string[] _headers;

    private DrawColumnMap(string[] headers, int[] columnOf, IReadOnlyList<string> ignored)
    {
        _headers = headers;
        _columnOf = columnOf;
        Ignored = ignored;
        HasPrizes = PrizeFields.All(Has);
    }

    /// <summary>Columns up to the last non-blank header.</summary>
    public int Width => _headers.Length;

    public IReadOnlyList<string> Ignored { get; }

    public static DrawColumnMap FromHeader(IReadOnlyList<string> headerCells)
    {
        var width = headerCells.Count;
        while (width > 0 && string.IsNullOrWhiteSpace(headerCells[width - 1]))
        {
            width--;
        }

        var headers = headerCells.Take(width).Select(h => h.Trim()).ToArray();
        var columnOf = new int[Enum.GetValues<DrawField>().Length];
        Array.Fill(columnOf, -1);
        var ignored = new List<string>();
        for (var column = 0; column < headers.Length; column++)
        {
            if (!Known.TryGetValue(HeaderName.Normalize(headers[column]), out var field))
            {
                if (headers[column].Length > 0)
                {
                    ignored.Add(headers[column]);
                }

                continue;
            }

            if (columnOf[(int)field] >= 0)
            {
                throw new InvalidDataException(
                    $"Columns \"{headers[columnOf[(int)field]]}\" and \"{headers[column]}\" both hold the {Describe(field)}; keep one.");
            }

            columnOf[(int)field] = column;
        }

        var missing = Enumerable.Range(0, (int)DrawField.Number5 + 1).Where(f => columnOf[f] < 0).Select(f => (DrawField)f).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Select(f => $"{Describe(f)} (\"{ExampleHeader(f)}\")"));
            throw new InvalidDataException(
                $"The header row has no column for the {names}. Found: {string.Join(", ", headers.Select(h => $"\"{h}\""))}.");
        }

        return new DrawColumnMap(headers, columnOf, ignored);
    }

    public bool Has(DrawField field) => _columnOf[(int)field] >= 0;

    /// <summary>Every tier's winners and per-winner prize have a column, so a blank or zero there is a published zero.</summary>
    public bool HasPrizes { get; }

    public int ColumnOf(DrawField field) => _columnOf[(int)field];

    public string HeaderOf(DrawField field) => _headers[_columnOf[(int)field]];

    public string HeaderAt(int column) => column < _headers.Length ? _headers[column] : $"column {column + 1}";

    private static string Describe(DrawField field) => field switch
    {
        DrawField.Contest => "contest number",
        DrawField.Date => "draw date",
        >= DrawField.Number1 and <= DrawField.Number5 => $"number {field - DrawField.Number1 + 1}",
        _ => field.ToString(),
    };

    private static string ExampleHeader(DrawField field) => field switch
    {
        DrawField.Contest => "Concurso",
        DrawField.Date => "Data Sorteio",
        _ => $"Bola{field - DrawField.Number1 + 1}",
    };

    private static Dictionary<string, DrawField> BuildKnownNames()
    {
        var names = new Dictionary<string, DrawField>(StringComparer.Ordinal)
        {
            ["concurso"] = DrawField.Contest,
            ["contest"] = DrawField.Contest,
            ["datasorteio"] = DrawField.Date,
            ["data"] = DrawField.Date,
            ["date"] = DrawField.Date,
            ["drawdate"] = DrawField.Date,
            ["ganhadores5acertos"] = DrawField.QuinaWinners,
            ["rateio5acertos"] = DrawField.QuinaPrize,
            ["ganhadores4acertos"] = DrawField.QuadraWinners,
            ["rateio4acertos"] = DrawField.QuadraPrize,
            ["ganhadores3acertos"] = DrawField.TernoWinners,
            ["rateio3acertos"] = DrawField.TernoPrize,
            ["ganhadores2acertos"] = DrawField.DuqueWinners,
            ["rateio2acertos"] = DrawField.DuquePrize,
            ["acumulado5acertos"] = DrawField.Accumulated,
            ["arrecadacaototal"] = DrawField.TotalSales,
            ["estimativapremio"] = DrawField.PrizeEstimate,
            ["acumuladosorteioespecialquinadesaojoao"] = DrawField.SaoJoaoAccumulated,
            ["cidadeuf"] = DrawField.WinnerLocations,
            ["observacao"] = DrawField.Notes,
            ["observacoes"] = DrawField.Notes,
            ["notes"] = DrawField.Notes,
        };
        for (var i = 1; i <= Quina.NumbersDrawn; i++)
        {
            var field = DrawField.Number1 + (i - 1);
            foreach (var prefix in (ReadOnlySpan<string>)["bola", "n", "dezena", "ball", "number"])
            {
                names[prefix + i] = field;
            }
        }

        return names;
    }
}
