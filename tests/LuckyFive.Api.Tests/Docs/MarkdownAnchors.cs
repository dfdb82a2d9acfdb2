namespace LuckyFive.Api.Tests.Docs;

/// <summary>
/// The anchors of a Markdown page's headings, made as GitHub makes them: lower case, punctuation dropped, spaces as
/// hyphens, and a repeated heading numbered (<c>name</c>, <c>name-1</c>, <c>name-2</c>, …) in the order they appear.
/// </summary>
public sealed class MarkdownAnchors
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>Every anchor added so far.</summary>
    public IReadOnlySet<string> All => _taken;

    /// <summary>The anchor of the next heading of the page, <paramref name="heading"/> with or without its leading #s.</summary>
    public string Add(string heading)
    {
        var anchor = Of(heading);
        var unique = anchor;
        for (var n = 1; !_taken.Add(unique); n++)
        {
            unique = $"{anchor}-{n}";
        }

        return unique;
    }

    /// <summary>The anchor of a heading on its own, before any numbering.</summary>
    public static string Of(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var text = heading.TrimStart('#').Trim().ToLowerInvariant();
        var kept = new string([.. text.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')]);
        return kept.Replace(' ', '-');
    }
}
