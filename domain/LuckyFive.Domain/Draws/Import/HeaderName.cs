using System.Text;

namespace LuckyFive.Domain.Draws.Import;

/// <summary>
/// Reduces a header to lower-case ASCII letters and digits, so "Data Sorteio", "data_sorteio" and
/// "DATA SORTEIO" match, and "observação" matches "observacao". Accents are folded by a small table
/// because the domain runs with invariant globalization, where Unicode normalization cannot be relied on.
/// </summary>
internal static class HeaderName
{
    public static string Normalize(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var ch in header)
        {
            var folded = Fold(char.ToLowerInvariant(ch));
            if (char.IsAsciiLetterOrDigit(folded))
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }

    private static char Fold(char ch) => ch switch
    {
        'á' or 'à' or 'â' or 'ã' or 'ä' or 'å' or 'ª' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'õ' or 'ö' or 'º' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ý' or 'ÿ' => 'y',
        _ => ch,
    };
}
